package io.vigil.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.runtime.RollupScheduler;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.SourceCatalog;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.store.EngineInfo;
import io.vigil.store.rollup.RollupRun;
import io.vigil.web.auth.ProjectScope;
import io.vigil.web.dashboard.Dashboard;
import io.vigil.web.dashboard.DashboardCatalog;
import io.vigil.web.dashboard.DashboardFilters;
import io.vigil.web.dashboard.DashboardQueries;
import io.vigil.web.dashboard.Panel;
import io.vigil.web.dashboard.Rollups;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Latency of the three dashboards as a signed-in user gets them: the data of {@link BenchData} in
 * the engine, CloudTrail events arriving all the while ({@link LiveIngest}), and no cache to answer
 * from. Each run picks the next {@link FilterVariant}, loads the whole dashboard the way the page does
 * ({@link DashboardQueries#panels}: all panels at once on the server's pool), then each panel alone
 * ({@link DashboardQueries#panel}), then the filter choices ({@link DashboardQueries#facets}); before
 * each of them the engine's query and request caches are emptied, and every search bypasses the
 * request cache.
 */
public final class DashboardLatencyBenchmark {

    /** How long the ingest runs before measuring: until both JVMs have compiled its path it costs several times the CPU. */
    private static final Duration INGEST_SETTLE = Duration.ofSeconds(30);
    /**
     * Unmeasured runs of every filter variant before measuring: the engine starts with the benchmark, and
     * its compiler took a third to all of a core through the first cycles, as it does not in a server that
     * has been running.
     */
    private static final int WARMUP_CYCLES = 3;

    /**
     * @param keptData       whether the data directory outlives the run: then the events ingested while
     *                       measuring are deleted afterwards, so the next run measures the same data
     * @param clearFielddata whether global ordinals and field data are dropped before each measurement too
     * @param rollups        whether panels read the hourly rollups (kept up to date while measuring, as
     *                       {@code vigil serve} does) or only raw events
     */
    public record Options(long events, int findingUpdates, int iterations, int ingestPerSecond, boolean keptData,
                          boolean clearFielddata, boolean rollups) {
    }

    /** The data could not be loaded: nothing was measured. */
    record NotLoaded(String reason) implements BenchmarkResult {

        @Override
        public String report() {
            return "the benchmark's data did not load: " + reason;
        }

        @Override
        public boolean passed() {
            return false;
        }
    }

    private final Vigil vigil;
    private final Options options;
    private final PrintWriter out;
    private final Map<String, String> environment;

    public DashboardLatencyBenchmark(Vigil vigil, Options options, PrintWriter out, Map<String, String> environment) {
        this.vigil = vigil;
        this.options = options;
        this.out = out;
        this.environment = environment;
    }

    /** The configuration with the benchmark's project map, so project scopes and filters have their projects. */
    public static VigilConfig configure(VigilConfig config) {
        return config.withPrograms(BenchEstate.programs());
    }

    public BenchmarkResult run() {
        BenchData.Loaded loaded;
        try {
            loaded = new BenchData(vigil, out).loadOrReuse(options.events(), options.findingUpdates());
        } catch (RuntimeException e) {
            return new NotLoaded(e.getMessage() != null ? e.getMessage() : e.toString());
        }
        BenchEngine engine = BenchEngine.of(vigil, environment);
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("machine", String.format(Locale.ROOT, "%d cores, %,d MiB max heap for vigil, Java %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version")));
        EngineInfo info = vigil.engine().backend().info();
        setup.put("engine", info.family().displayName() + " " + info.version() + ", heap "
                + engine.heapMaxBytes() / (1024 * 1024) + " MiB (" + vigil.engine().describe() + ")");
        setup.put("data", describe(loaded));
        List<Dashboard> dashboards = DashboardCatalog.load().all();
        List<DashboardLatencyReport.DashboardFigures> figures = new ArrayList<>();
        LiveIngest live = new LiveIngest(vigil, options.ingestPerSecond(), loaded.end(), System.nanoTime());
        LiveIngest.Result ingest;
        RollupScheduler rollups = new RollupScheduler(vigil);
        Rollups read = options.rollups()
                ? new Rollups(SourceCatalog.rollups(), engine::searchUncached, Rollups.FRESHNESS) : Rollups.none();
        if (options.rollups()) {
            setup.put("rollups", catchUp(rollups, engine));
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchEngine.Collections collectionsBefore = engine.collections();
        try (DashboardQueries queries = new DashboardQueries(engine::searchUncached, VigilServer.DASHBOARD_QUERY_THREADS,
                read)) {
            live.start();
            if (options.rollups()) {
                rollups.start();
            }
            sleep(options.ingestPerSecond() > 0 ? INGEST_SETTLE : Duration.ZERO);
            for (Dashboard dashboard : dashboards) {
                figures.add(measure(dashboard, queries, engine));
            }
        } finally {
            rollups.close();
            ingest = live.stop();
        }
        setup.put("rollups while measuring", options.rollups() ? String.format(Locale.ROOT,
                "%d runs every %s as vigil serve runs them (%d failed), %.1f s of runs in all", rollups.runs(),
                vigil.config().rollups().interval(), rollups.failures(), rollups.busySeconds())
                : "off (--no-rollups): every panel reads raw events");
        setup.put("caches", "off: every search sent with request_cache=false, and POST /<indices>/_cache/clear?query=true"
                + "&request=true" + (options.clearFielddata() ? "&fielddata=true" : "") + " before every measured"
                + " dashboard load, panel and filter-choice search" + (options.clearFielddata() ? ""
                : " (global ordinals kept: the running ingest's refreshes rebuild them, as in production)"));
        BenchEngine.Collections collected = engine.collections().since(collectionsBefore);
        setup.put("engine GC", String.format(Locale.ROOT, "while measuring: %,d young collections (%,d ms),"
                + " %,d old (%,d ms)", collected.youngCount(), collected.youngMillis(), collected.oldCount(),
                collected.oldMillis()));
        setup.put("ingest", ingest.describe());
        setup.put("machine load", String.format(Locale.ROOT, "load average %.1f when measuring began, %.1f when it ended"
                + " (every process on the machine, the engine and this one included)", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        if (options.keptData() && options.ingestPerSecond() > 0) {
            setup.put("afterwards", String.format(Locale.ROOT, "%,d events ingested while measuring deleted again,"
                    + " so the kept directory holds the same data next time",
                    engine.deleteAfter(CloudTrailDataset.INDEX.pattern(), loaded.end())));
        }
        setup.put("runs", String.format(Locale.ROOT, "%d per dashboard, cycling through %d filter variants after %d"
                + " unmeasured runs of each: %s; %d panels at once for a whole dashboard", options.iterations(),
                FilterVariant.of(dashboards.get(0)).size(), WARMUP_CYCLES, variantsLabel(),
                VigilServer.DASHBOARD_QUERY_THREADS));
        return new DashboardLatencyReport(setup, LatencyTargets.forEvents(loaded.events()), figures);
    }

    /** Rolls up everything loaded, as the first run of {@code vigil serve} on this data would, and says what it took. */
    private String catchUp(RollupScheduler rollups, BenchEngine engine) {
        long started = System.nanoTime();
        List<RollupRun> runs;
        try {
            runs = rollups.runNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder text = new StringBuilder();
        for (RollupRun run : runs) {
            text.append(String.format(Locale.ROOT, "%s caught up in %.1f s (%,d group periods rolled up: %,d documents"
                    + " standing for %,d events across the groups); documents per group:", run.rollup(), seconds,
                    run.periodsRolled(), run.documents(), run.events()));
            engine.rowsPerGroup().forEach((group, rows) -> text.append(String.format(Locale.ROOT, " %s %,d", group, rows)));
        }
        return text.toString();
    }

    private DashboardLatencyReport.DashboardFigures measure(Dashboard dashboard, DashboardQueries queries,
                                                            BenchEngine engine) {
        List<FilterVariant> variants = FilterVariant.of(dashboard);
        String indices = dashboard.datasets().values().stream()
                .flatMap(dataset -> Stream.concat(Stream.of(dataset.index()), SourceCatalog.rollups().stream()
                        .filter(rollup -> rollup.source().pattern().equals(dataset.index()))
                        .map(rollup -> rollup.index().pattern())))
                .distinct().collect(Collectors.joining(","));
        Map<String, Latencies> panels = new LinkedHashMap<>();
        dashboard.panels().forEach(panel -> panels.put(panel.id(), new Latencies()));
        Latencies whole = new Latencies();
        Map<String, Latencies> byVariant = new LinkedHashMap<>();
        variants.forEach(variant -> byVariant.put(variant.label(), new Latencies()));
        Latencies selects = new Latencies();
        long errors = 0;
        long started = System.nanoTime();
        for (int run = -WARMUP_CYCLES * variants.size(); run < options.iterations(); run++) {
            boolean measured = run >= 0;
            FilterVariant variant = variants.get(Math.floorMod(run, variants.size()));
            DashboardFilters filters = variant.filters(dashboard, vigil.clock().instant());
            ProjectScope scope = variant.principal().scope();
            Timed<ObjectNode> page = timed(engine, indices, () -> queries.panels(dashboard, filters, scope));
            if (measured) {
                whole.add(page.nanos());
                byVariant.get(variant.label()).add(page.nanos());
                errors += page.value().properties().stream().filter(answer -> answer.getValue().has("error")).count();
            }
            for (Panel panel : dashboard.panels()) {
                Timed<Boolean> answered = timed(engine, indices,
                        () -> answered(() -> queries.panel(dashboard, panel, filters, scope)));
                if (measured) {
                    panels.get(panel.id()).add(answered.nanos());
                    errors += answered.value() ? 0 : 1;
                }
            }
            Timed<ObjectNode> choices = timed(engine, indices, () -> queries.facets(dashboard, filters.time(), scope));
            if (measured) {
                selects.add(choices.nanos());
            }
        }
        out.printf(Locale.ROOT, "measured %s: %d runs in %s%n", dashboard.id(),
                options.iterations() + WARMUP_CYCLES * variants.size(),
                BenchData.minutes((System.nanoTime() - started) / 1e9));
        out.flush();
        List<DashboardLatencyReport.Row> rows = new ArrayList<>();
        panels.forEach((id, latencies) -> rows.add(row(id, latencies)));
        List<DashboardLatencyReport.Row> variantRows = new ArrayList<>();
        byVariant.forEach((label, latencies) -> {
            if (latencies.count() > 0) {
                variantRows.add(row(label, latencies));
            }
        });
        String note = dashboard.panels().size() + " panels; clicks " + String.join(", ", FilterVariant.clicks(dashboard));
        return new DashboardLatencyReport.DashboardFigures(dashboard.id(), note,
                rows, row("whole dashboard (" + dashboard.panels().size() + " at once)", whole),
                row("filter choices (selects)", selects), variantRows, errors);
    }

    private String describe(BenchData.Loaded loaded) {
        return String.format(Locale.ROOT, "%,d CloudTrail events over the %d days before %s, %,d finding updates (%s)",
                loaded.events(), BenchData.SPAN.toDays(), loaded.end(), loaded.findingUpdates(),
                loaded.reused() ? "loaded " + Duration.between(loaded.end(), vigil.clock().instant()).toMinutes()
                        + " minutes before, kept in " + vigil.config().dataDir()
                        : String.format(Locale.ROOT, "loaded in %s, %,.0f events/s", BenchData.minutes(loaded.seconds()),
                        loaded.events() / loaded.seconds()));
    }

    private static String variantsLabel() {
        return "admin 24 h / 7 d / 30 d; a project manager of storefront and payments 7 d with " + BenchEstate.MANAGED_PROJECT
                + " picked, and 30 d; admin 30 d with account " + BenchEstate.FILTERED_ACCOUNT + " picked; admin 7 d"
                + " with the dashboard's 1st click filter; project manager 24 h with its 2nd";
    }

    /** A measured answer and how long it took. */
    private record Timed<T>(T value, long nanos) {
    }

    /** Empties the caches of the indices, then runs and times the work. */
    private <T> Timed<T> timed(BenchEngine engine, String indices, Supplier<T> work) {
        engine.clearCaches(indices, options.clearFielddata());
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - start);
    }

    /** Whether the panel answered; a failure is counted, and its time measured all the same. */
    private static boolean answered(Runnable panel) {
        try {
            panel.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static DashboardLatencyReport.Row row(String name, Latencies latencies) {
        return new DashboardLatencyReport.Row(name, latencies.percentileMillis(50), latencies.percentileMillis(95));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
