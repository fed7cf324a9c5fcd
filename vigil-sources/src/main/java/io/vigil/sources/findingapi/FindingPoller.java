package io.vigil.sources.findingapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one loop every findings API runs in, per account and region: read the window from the cursor
 * (less the overlap) to the run's start, page by page; ingest each page as the service's own JSON
 * output ({@code {"findings":[...]}} or {@code {"Findings":[...]}}) through the pipeline, as a file of
 * that output would be; once every page's documents are acknowledged, move the cursor to the newest
 * update time read. A run that stops short (a call failing past its retries, documents not stored)
 * leaves the cursor where it was: the next run reads the same window again, and what was stored
 * already is counted as already present.
 */
final class FindingPoller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pipeline pipeline;
    private final FindingCursors cursors;
    private final FindingApiSettings settings;

    FindingPoller(Pipeline pipeline, FindingCursors cursors, FindingApiSettings settings) {
        this.pipeline = pipeline;
        this.cursors = cursors;
        this.settings = settings;
    }

    <C extends SdkClient, F extends SdkPojo> FindingApiRun poll(FindingApi<C, F> api, Dataset dataset, C client,
                                                                FindingApiTarget target, Instant start) {
        Optional<Instant> cursor = cursors.get(api.name(), target);
        Instant since = cursor.map(at -> at.minus(settings.overlap())).orElse(start.minus(settings.lookback()));
        Read<F> read = new Read<>(api, dataset, target);
        Throwable failure = null;
        try (Stream<FindingPage<F>> pages = api.pages(client, since, start)) {
            pages.forEach(read::ingest);
        } catch (SdkException e) {
            failure = e;
        }
        Reports reports = read.awaitAcknowledgements();
        String problem = null;
        boolean refused = false;
        Instant after = cursor.orElse(null);
        if (failure != null) {
            problem = FindingApiFailure.describe(api, target, failure, settings.maxAttempts());
            refused = FindingApiFailure.credentialsRefused(failure);
        } else if (reports.failure != null) {
            problem = FindingApiFailure.notStored(api, target, reports.failure);
        } else if (read.newest != null) {
            // the window ends at the run's start: a later time (a service clock ahead) must not skip the next window
            after = cursors.advance(api.name(), target, read.newest.isAfter(start) ? start : read.newest);
        }
        return new FindingApiRun(api.name(), target, since, start, read.pages, read.findings, reports.indexed,
                reports.alreadyPresent, reports.deadLettered, after, problem, refused);
    }

    /** The pages of one run, ingested as they come, and what was read of them. */
    private final class Read<F extends SdkPojo> {

        private final FindingApi<?, F> api;
        private final Dataset dataset;
        private final FindingApiTarget target;
        private final List<CompletableFuture<DeliveryReport>> deliveries = new ArrayList<>();
        private int pages;
        private long findings;
        private Instant newest;

        Read(FindingApi<?, F> api, Dataset dataset, FindingApiTarget target) {
            this.api = api;
            this.dataset = dataset;
            this.target = target;
        }

        void ingest(FindingPage<F> page) {
            if (page.findings().isEmpty()) {
                return; // an empty page has nothing to store, and {"findings":[]} would read as an empty input
            }
            pages++;
            findings += page.findings().size();
            ObjectNode output = JsonNodeFactory.instance.objectNode();
            ArrayNode array = output.putArray(api.envelope());
            for (F finding : page.findings()) {
                array.add(WireJson.of(finding));
                api.updatedAt(finding).filter(at -> newest == null || at.isAfter(newest)).ifPresent(at -> newest = at);
            }
            String scope = page.scope().isEmpty() ? "" : " " + page.scope();
            SourceLocation location = SourceLocation.whole("api:" + api.name() + ":" + page.operation() + " "
                    + target + scope + " page " + pages);
            deliveries.add(pipeline.ingest(dataset, location, new ByteArrayInputStream(bytes(output))).completion());
        }

        /** Waits until every page's documents were acknowledged or failed. */
        Reports awaitAcknowledgements() {
            Reports reports = new Reports();
            for (CompletableFuture<DeliveryReport> delivery : deliveries) {
                try {
                    DeliveryReport report = delivery.get();
                    reports.indexed += report.indexed();
                    reports.alreadyPresent += report.alreadyPresent();
                    reports.deadLettered += report.deadLettered();
                } catch (ExecutionException e) {
                    reports.failure = reports.failure == null ? e.getCause() : reports.failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    reports.failure = new IllegalStateException("stopped while waiting for the store", e);
                    return reports;
                }
            }
            return reports;
        }
    }

    /** The acknowledged counts of a run's pages, and the first failure among them. */
    private static final class Reports {
        long indexed;
        long alreadyPresent;
        long deadLettered;
        Throwable failure;
    }

    private static byte[] bytes(ObjectNode output) {
        try {
            return JSON.writeValueAsBytes(output);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a findings page could not be written as JSON", e);
        }
    }
}
