package io.vigil.web.ingest;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Enricher;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.pipeline.Sink;
import io.vigil.web.ApiException;
import io.vigil.web.keys.IngestKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checked request bodies through the pipeline into the sink and waits until the store has
 * acknowledged every document, so a 200 means stored and anything else means "send again" (document
 * ids are deterministic, so a repeated batch is never indexed twice).
 *
 * <p>For a key limited to some projects, the body is first run through the same decoder, normalizer
 * and enrichers into a {@link ProjectScopeCheck} that keeps nothing; only when every document lies
 * within the key's projects is it run again into the real sink. Two passes over the capped body keep
 * memory at the size of the body as sent, where holding the normalized documents would take several
 * times the decompressed size.
 */
public final class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Map<String, String> RETRY_LATER = Map.of("Retry-After", "30");

    private final DatasetRegistry datasets;
    private final List<Enricher> enrichers;
    private final Sink sink;
    private final Pipeline pipeline;
    private final Clock clock;
    private final Duration storeTimeout;

    /**
     * @param enrichers    the enrichers of the application's pipeline (the project map among them)
     * @param sink         where documents and dead letters go
     * @param storeTimeout how long a request waits for the store to acknowledge its documents
     */
    public IngestService(DatasetRegistry datasets, List<Enricher> enrichers, Sink sink, Clock clock,
                         Duration storeTimeout) {
        this.datasets = datasets;
        this.enrichers = List.copyOf(enrichers);
        this.sink = sink;
        this.pipeline = new Pipeline(this.enrichers, sink, clock);
        this.clock = clock;
        this.storeTimeout = storeTimeout;
    }

    public DatasetRegistry datasets() {
        return datasets;
    }

    /** Refuses (403) a key that may not send to the dataset. */
    public void requireDataset(IngestKey key, Dataset dataset) {
        if (!key.allowsDataset(dataset.name())) {
            throw new ApiException(403, "this key (" + key.name() + ") may not send to dataset '" + dataset.name()
                    + "'; its datasets are " + key.datasets() + ". Use a key for that dataset");
        }
    }

    /**
     * Ingests one body into one dataset on behalf of a key.
     *
     * @throws ApiException 403 out of the key's scope (nothing is indexed), 503 when the store did not
     *                      acknowledge the documents in time or failed
     */
    public DeliveryReport ingest(IngestKey key, Dataset dataset, SourceLocation origin, RequestBody body) {
        requireDataset(key, dataset);
        if (!key.allowsEveryProject()) {
            requireProjects(key, dataset, origin, body);
        }
        Delivery delivery = pipeline.ingest(dataset, origin, body.open());
        sink.flush();
        try {
            DeliveryReport report = delivery.completion().get(storeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.debug("ingested {}: {}", origin, report);
            return report;
        } catch (TimeoutException e) {
            LOG.warn("store did not acknowledge {} within {} s", origin, storeTimeout.toSeconds());
            throw new ApiException(503, "the store did not confirm the documents within " + storeTimeout.toSeconds()
                    + " s; send the same request again later (documents have stable ids: nothing is indexed twice)",
                    RETRY_LATER);
        } catch (ExecutionException e) {
            LOG.warn("store failed on {}", origin, e.getCause());
            throw new ApiException(503, "the store could not take the documents (the server log has the cause);"
                    + " send the same request again later (documents have stable ids: nothing is indexed twice)",
                    RETRY_LATER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down; send the same request again later", RETRY_LATER);
        }
    }

    private void requireProjects(IngestKey key, Dataset dataset, SourceLocation origin, RequestBody body) {
        ProjectScopeCheck check = new ProjectScopeCheck(key);
        new Pipeline(enrichers, check, clock).ingest(dataset, origin, body.open());
        check.firstOffence().ifPresent(offence -> {
            throw new ApiException(403, "the record at " + offence.location() + " belongs to project(s) "
                    + offence.projects() + ", outside this key's projects " + key.projects()
                    + "; nothing of this request was indexed. Send that record with a key for its project");
        });
    }
}
