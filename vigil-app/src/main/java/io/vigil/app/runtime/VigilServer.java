package io.vigil.app.runtime;

import io.vigil.app.findings.FindingReconciliation;
import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.sources.SourceCatalog;
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
import io.vigil.web.auth.AuthSettings;
import io.vigil.web.dashboard.DashboardCatalog;
import io.vigil.web.dashboard.DashboardEndpoint;
import io.vigil.web.dashboard.DashboardQueries;
import io.vigil.web.dashboard.Rollups;
import io.vigil.web.auth.Authentication;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.AdminBootstrap;
import io.vigil.web.users.UserStore;
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
 * (datasets and EventBridge), the collectors of {@code vigil.yml}, and, on their schedules, the
 * retention job, the findings reconciliation sweep and the hourly rollups.
 */
public final class VigilServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);
    /** How long an ingest request waits for the engine's acknowledgement before answering 503. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);
    /** Panel queries run at once, across requests: the engine has two cores here, and queues the rest. */
    public static final int DASHBOARD_QUERY_THREADS = 8;

    private final Vigil vigil;
    private final WebServer web;
    private final Collectors collectors;
    private final UserStore users;
    private final DashboardQueries dashboardQueries;
    private final Map<String, String> environment;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("vigil-schedule"));
    private final RollupScheduler rollups;

    public VigilServer(Vigil vigil, KeyStore keys, Map<String, String> environment) {
        this.vigil = vigil;
        this.environment = environment;
        this.collectors = new Collectors(vigil, environment);
        this.rollups = new RollupScheduler(vigil);
        this.users = new UserStore(vigil.config().dataDir(), vigil.clock());
        IngestService ingest = new IngestService(vigil.datasets(), vigil.enrichers(), vigil.sink(), vigil.clock(),
                STORE_TIMEOUT);
        Authentication auth = new Authentication(keys, users, AuthSettings.from(vigil.config().web().login()),
                vigil.clock());
        EngineDashboardSearch search = new EngineDashboardSearch(vigil.engine().backend());
        this.dashboardQueries = new DashboardQueries(search, DASHBOARD_QUERY_THREADS,
                new Rollups(SourceCatalog.rollups(), search, Rollups.FRESHNESS));
        this.web = new WebServer(vigil.config().web(), auth, ingest, this::stats, this::health)
                .dashboards(new DashboardEndpoint(DashboardCatalog.load(), dashboardQueries, vigil.clock()))
                .addIngestRoute(EventBridgeRoute.NAME, new EventBridgeRoute(new EventBridgeRouter(EventRoutes.standard()),
                        vigil.datasets(), vigil.sink(), vigil.clock(), STORE_TIMEOUT));
    }

    /**
     * Makes sure an admin user exists: with the password of {@code VIGIL_ADMIN_PASSWORD}, or a generated
     * one that the caller prints once (it is never logged).
     */
    public AdminBootstrap bootstrapAdmin() {
        return users.bootstrapAdmin(environment.get(UserStore.ADMIN_PASSWORD_ENV));
    }

    public UserStore users() {
        return users;
    }

    /** Starts the web server and the collectors, and schedules retention, the sweep and the rollups; returns the server's URL. */
    public URI start() {
        web.start();
        collectors.start();
        long interval = vigil.config().retention().interval().toSeconds();
        schedule.scheduleWithFixedDelay(this::applyRetention, 0, interval, TimeUnit.SECONDS);
        long sweepInterval = vigil.config().findings().reconcileInterval().toSeconds();
        schedule.scheduleWithFixedDelay(this::reconcileFindings, sweepInterval, sweepInterval, TimeUnit.SECONDS);
        rollups.start();
        return web.url();
    }

    private void reconcileFindings() {
        try {
            DeliveryReport report = new FindingReconciliation(vigil.engine().backend(), vigil.sink(),
                    vigil.config().findings(), vigil.clock()).run();
            if (report.read() > 0) {
                LOG.info("findings reconciliation: {} findings no longer reported for {} were resolved",
                        report.read(), vigil.config().findings().staleAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("findings reconciliation failed, will try again in {}: {}",
                    vigil.config().findings().reconcileInterval(), e.getMessage());
        }
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
        rollups.close();
        collectors.close();
        web.close();
        dashboardQueries.close();
    }
}
