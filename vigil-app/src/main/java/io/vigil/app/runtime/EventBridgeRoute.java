package io.vigil.app.runtime;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Sink;
import io.vigil.sources.eventbridge.DatasetEvents;
import io.vigil.sources.eventbridge.EventBridgeRouter;
import io.vigil.sources.eventbridge.RoutedEvents;
import io.vigil.sources.eventbridge.UnroutedEvent;
import io.vigil.web.ApiException;
import io.vigil.web.ingest.IngestRequest;
import io.vigil.web.ingest.IngestRoute;
import io.vigil.web.ingest.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * {@code POST /ingest/eventbridge}: EventBridge events (one, a JSON array, or one per line, as an API
 * destination or a forwarder sends them), each routed by its {@code source} and {@code detail-type}
 * to its dataset ({@link io.vigil.sources.eventbridge.EventRoutes}). Each dataset's events are
 * ingested as one input of that dataset, within the key's dataset and project scopes; a key that may
 * not send to one of the datasets gets a 403 before anything is stored. Events no dataset takes are
 * dead letters (dataset {@value #NAME}, location {@code <request origin> record <n>}, n counted from
 * 1 in the body). The answer sums the counts.
 */
public final class EventBridgeRoute implements IngestRoute {

    public static final String NAME = "eventbridge";
    private static final Logger LOG = LoggerFactory.getLogger(EventBridgeRoute.class);
    private static final Map<String, String> RETRY_LATER = Map.of("Retry-After", "30");

    private final EventBridgeRouter router;
    private final DatasetRegistry datasets;
    private final Sink sink;
    private final Clock clock;
    private final Duration storeTimeout;

    /**
     * @param sink         where dead letters of unrouted events go (the sink of the ingest service)
     * @param storeTimeout how long to wait for the store to acknowledge those dead letters
     * @throws IllegalArgumentException when a route leads to a dataset that is not registered
     */
    public EventBridgeRoute(EventBridgeRouter router, DatasetRegistry datasets, Sink sink, Clock clock,
                            Duration storeTimeout) {
        router.routes().datasets().forEach(datasets::require);
        this.router = router;
        this.datasets = datasets;
        this.sink = sink;
        this.clock = clock;
        this.storeTimeout = storeTimeout;
    }

    @Override
    public DeliveryReport handle(IngestRequest request) {
        RoutedEvents routed = router.route(readAll(request.body()));
        for (DatasetEvents events : routed.datasets()) {
            if (!request.key().allowsDataset(events.dataset())) {
                throw new ApiException(403, "this key (" + request.key().name() + ") may not send to dataset '"
                        + events.dataset() + "', where " + events.count() + " of these EventBridge events go; its"
                        + " datasets are " + request.key().datasets() + ". Nothing of this request was stored");
            }
        }
        long read = 0;
        long indexed = 0;
        long alreadyPresent = 0;
        long deadLettered = 0;
        for (DatasetEvents events : routed.datasets()) {
            Dataset dataset = datasets.require(events.dataset());
            DeliveryReport report = request.ingest(dataset, RequestBody.of(events.ndjson()));
            read += report.read();
            indexed += report.indexed();
            alreadyPresent += report.alreadyPresent();
            deadLettered += report.deadLettered();
        }
        if (!routed.unrouted().isEmpty()) {
            DeliveryReport report = deadLetter(request, routed.unrouted());
            read += report.read();
            deadLettered += report.deadLettered();
        }
        return new DeliveryReport(request.origin(), read, indexed, alreadyPresent, deadLettered);
    }

    private static byte[] readAll(RequestBody body) {
        try (InputStream in = body.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a request body held in memory failed to read", e);
        }
    }

    /** Writes the unrouted events to the dead-letter index and waits until the store has them. */
    private DeliveryReport deadLetter(IngestRequest request, List<UnroutedEvent> unrouted) {
        Delivery delivery = new Delivery(request.origin());
        for (UnroutedEvent event : unrouted) {
            delivery.recordRead();
            delivery.expect();
            sink.deadLetter(DeadLetter.unreadable(NAME, request.origin().record(event.index()), event.raw(),
                    event.reason(), clock.instant()), delivery);
        }
        delivery.seal();
        sink.flush();
        try {
            return delivery.completion().get(storeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unconfirmed();
        } catch (ExecutionException e) {
            LOG.warn("store failed on the dead letters of unrouted events of {}", request.origin(), e.getCause());
            throw unconfirmed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down; send the same request again later", RETRY_LATER);
        }
    }

    private ApiException unconfirmed() {
        return new ApiException(503, "the store did not confirm the dead letters of unrouted events within "
                + storeTimeout.toSeconds() + " s; send the same request again later (nothing is stored twice)",
                RETRY_LATER);
    }
}
