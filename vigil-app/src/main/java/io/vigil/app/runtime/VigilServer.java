package io.vigil.app.runtime;

import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.sources.eventbridge.EventBridgeRouter;
import io.vigil.sources.eventbridge.EventRoutes;
import io.vigil.store.EngineInfo;
import io.vigil.store.deadletter.DeadLetterIndex;
import io.vigil.store.retention.DeletedIndex;
import io.vigil.store.retention.RetentionJob;
import io.vigil.store.stats.DatasetCount;
import io.vigil.web.EngineHealth;
import io.vigil.web.StoreStats;
import io.vigil.web.WebServer;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.keys.KeyStore;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code vigil serve} runs beside the engine: the web server with the ingest endpoints
 * (datasets and EventBridge), the collectors of {@code vigil.yml}, and the retention job on its schedule.
 */
public final class VigilServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);
    /** How long an ingest request waits for the engine's acknowledgement before answering 503. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private final Vigil vigil;
    private final WebServer web;
    private final Collectors collectors;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("retention"));

    public VigilServer(Vigil vigil, KeyStore keys, Map<String, String> environment) {
        this.vigil = vigil;
        this.collectors = new Collectors(vigil, environment);
        IngestService ingest = new IngestService(vigil.datasets(), vigil.enrichers(), vigil.sink(), vigil.clock(),
                STORE_TIMEOUT);
        this.web = new WebServer(vigil.config().web(), keys, ingest, this::stats, this::health)
                .addIngestRoute(EventBridgeRoute.NAME, new EventBridgeRoute(new EventBridgeRouter(EventRoutes.standard()),
                        vigil.datasets(), vigil.sink(), vigil.clock(), STORE_TIMEOUT));
    }

    /** Starts the web server and the collectors, and schedules retention; returns the server's URL. */
    public URI start() {
        web.start();
        collectors.start();
        long interval = vigil.config().retention().interval().toSeconds();
        schedule.scheduleWithFixedDelay(this::applyRetention, 0, interval, TimeUnit.SECONDS);
        return web.url();
    }

    private void applyRetention() {
        try {
            RetentionJob job = new RetentionJob(vigil.engine().backend(), vigil.config().retention(), vigil.clock());
            Map<String, io.vigil.core.pipeline.IndexSpec> specs = new HashMap<>(vigil.datasets().indexSpecs());
            specs.put(DeadLetterIndex.DATASET, DeadLetterIndex.SPEC);
            List<DeletedIndex> deleted = job.run(specs);
            deleted.forEach(index -> LOG.info("retention: deleted {}", index));
        } catch (RuntimeException e) {
            LOG.warn("retention run failed, will try again in {}: {}", vigil.config().retention().interval(), e.getMessage());
        }
    }

    private StoreStats stats() {
        Map<String, Long> documents = new LinkedHashMap<>();
        long deadLetters = 0;
        for (DatasetCount count : vigil.counts()) {
            documents.put(count.dataset(), count.documents());
            deadLetters += count.deadLetters();
        }
        return new StoreStats(documents, deadLetters);
    }

    private EngineHealth health() {
        try {
            EngineInfo info = vigil.engine().backend().info();
            return new EngineHealth(!"red".equals(info.health()), info.family().displayName() + " " + info.version()
                    + " " + info.health());
        } catch (RuntimeException e) {
            return new EngineHealth(false, "engine not reachable");
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        collectors.close();
        web.close();
    }
}
