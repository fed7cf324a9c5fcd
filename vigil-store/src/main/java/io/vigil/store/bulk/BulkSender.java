package io.vigil.store.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.BulkConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.store.BulkResponse;
import io.vigil.store.EngineException;
import io.vigil.store.SearchBackend;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch until every item is resolved: created or already present (acknowledged),
 * refused by the mapping (sent on as a dead letter, acknowledged once that is stored), or failed
 * once 429s, 5xx and lost connections outlast the retry limit.
 */
final class BulkSender {

    private static final Logger LOG = LoggerFactory.getLogger(BulkSender.class);

    private final SearchBackend backend;
    private final BulkConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    BulkSender(SearchBackend backend, BulkConfig config, ObjectMapper mapper, Clock clock) {
        this.backend = backend;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    void send(BulkBatch batch) {
        Backoff backoff = new Backoff(config.retryLimit());
        BulkBatch request = batch;
        try {
            while (!request.isEmpty()) {
                BulkResponse response;
                try {
                    response = backend.bulk(request.array(), request.bytes());
                } catch (EngineException e) {
                    if (e.retryable() && pause(backoff, request.size(), e.getMessage())) {
                        continue;
                    }
                    failAll(request.items(), e.retryable() ? outlasted(request.size(), e.getMessage()) : e);
                    return;
                }
                request = settle(request, response, backoff);
            }
            if (backoff.started()) {
                LOG.info("the engine took the delayed documents");
            }
        } catch (RuntimeException | Error e) {
            failAll(request.items(), e);
            failAll(batch.items(), e);
            throw e;
        }
    }

    /** Resolves what the engine's answer settles. @return the request for the rest (empty when done) */
    private BulkBatch settle(BulkBatch request, BulkResponse response, Backoff backoff) {
        List<BulkItem> items = request.items();
        if (response.size() != items.size()) {
            throw new IllegalStateException("the engine answered " + response.size() + " bulk results for "
                    + items.size() + " actions");
        }
        BulkBatch next = new BulkBatch(mapper, 1024);
        List<BulkItem> retry = new ArrayList<>();
        String lastError = null;
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            int status = response.status(i);
            if (status == 200 || status == 201 || status == 409) {
                // 409: created before, or (for a latest state) a state of a newer version is stored
                item.stored(status != 409);
            } else if (status == 429 || status >= 500) {
                retry.add(item);
                lastError = "HTTP " + status + " " + response.error(i);
            } else if (status == 400 && item.kind == BulkItem.Kind.DOCUMENT) {
                deadLetter(item, request.array(), response.error(i), next);
            } else {
                item.fail(new EngineException(status, "the engine refused " + item.describe()
                        + " with HTTP " + status + ": " + response.error(i)));
            }
        }
        if (!retry.isEmpty()) {
            if (pause(backoff, retry.size(), lastError)) {
                retry.forEach(item -> next.copy(item, request.array()));
            } else {
                EngineException outlasted = outlasted(retry.size(), lastError);
                retry.forEach(item -> item.fail(outlasted));
            }
        }
        return next;
    }

    private boolean pause(Backoff backoff, int documents, String error) {
        if (!backoff.started()) {
            LOG.warn("the engine did not take {} documents ({}); retrying for up to {}", documents, error,
                    config.retryLimit());
        }
        return backoff.pause();
    }

    /** Queues the refused document's raw source, with the engine's reason, for the dead-letter index. */
    private void deadLetter(BulkItem item, byte[] request, String reason, BulkBatch next) {
        String raw = new String(request, item.sourceStart, item.end - 1 - item.sourceStart, StandardCharsets.UTF_8);
        DeadLetter letter = DeadLetter.refused(item.dataset, item.location, item.id, raw,
                "the engine refused the document (index " + item.index + ", _id " + item.id + "): " + reason,
                clock.instant());
        try {
            next.add(BulkItem.Kind.DEAD_LETTER, item.dataset, item.location, DeadLetterIndex.indexFor(letter),
                    letter.id(), null, item.delivery, json -> DeadLetterIndex.writeDocument(json, letter));
            item.handOver();
        } catch (RuntimeException e) {
            item.fail(e);
        }
    }

    private EngineException outlasted(int documents, String lastError) {
        return new EngineException(EngineException.NO_RESPONSE, documents + " documents were not stored: the engine "
                + "did not take them within bulk.retry_limit (" + config.retryLimit() + "); last error: " + lastError);
    }

    private static void failAll(List<BulkItem> items, Throwable cause) {
        items.forEach(item -> item.fail(cause));
    }
}
