package io.vigil.app.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.FindingsConfig;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Sink;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingStatus;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.store.SearchBackend;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/**
 * The reconciliation sweep: resolves the open and suppressed findings that no update has touched for
 * {@code findings.stale_after}, because their source no longer reports them (Inspector deletes closed
 * findings, archived GuardDuty findings stop arriving, AWS drops findings 90 days after their last
 * update). Each resolution is an update like any other: an event and a new latest state, versioned
 * just after the last real update so the source can still reopen the finding.
 */
public final class FindingReconciliation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    private final SearchBackend backend;
    private final Sink sink;
    private final FindingsConfig config;
    private final Clock clock;

    public FindingReconciliation(SearchBackend backend, Sink sink, FindingsConfig config, Clock clock) {
        this.backend = backend;
        this.sink = sink;
        this.config = config;
        this.clock = clock;
    }

    /** One sweep; returns once the engine has acknowledged every resolution (the sink sends within its linger time). */
    public DeliveryReport run() throws InterruptedException {
        Instant now = clock.instant();
        Delivery delivery = new Delivery(SourceLocation.whole("reconciliation sweep " + now));
        if (backend.indices(FindingsIndex.STATE.prefix()).isEmpty()) {
            delivery.seal();
            return delivery.report();
        }
        JsonNode after = null;
        JsonNode hits;
        do {
            hits = backend.search(FindingsIndex.STATE.prefix(), staleQuery(now.minus(config.staleAfter()), after))
                    .at("/hits/hits");
            for (JsonNode hit : hits) {
                delivery.recordRead();
                FindingDocuments.notReported((ObjectNode) hit.get("_source"), now, delivery.origin(), document -> {
                    delivery.expect();
                    sink.write(document, delivery);
                });
                after = hit.get("sort");
            }
        } while (hits.size() == PAGE);
        delivery.seal();
        try {
            return delivery.completion().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the reconciliation sweep could not store its resolutions: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static ObjectNode staleQuery(Instant cutoff, JsonNode after) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", PAGE);
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("terms").putArray("finding.status")
                .add(FindingStatus.OPEN.label()).add(FindingStatus.SUPPRESSED.label());
        filter.addObject().putObject("range").putObject("finding.updated_at").put("lt", cutoff.toString());
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("finding.updated_at", "asc");
        sort.addObject().put("finding.id", "asc");
        if (after != null) {
            body.set("search_after", after);
        }
        return body;
    }
}
