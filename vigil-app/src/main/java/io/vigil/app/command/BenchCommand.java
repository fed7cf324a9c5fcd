package io.vigil.app.command;

import io.vigil.app.bench.CloudTrailIngestBenchmark;
import io.vigil.app.bench.DashboardLatencyBenchmark;
import io.vigil.app.bench.IngestBenchmark;
import io.vigil.app.bench.BenchmarkResult;
import io.vigil.app.bench.FindingLifecycleBenchmark;
import io.vigil.app.bench.FindingParseBenchmark;
import io.vigil.app.runtime.ThrowawayDirectory;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.cloudtrail.CloudTrailParseBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil bench ...}: benchmarks of ingest, parsing and dashboard latency that print their figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print their figures.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.CloudTrailIngest.class, BenchCommand.CloudTrailParse.class,
                BenchCommand.FindingsLifecycle.class, BenchCommand.FindingsParse.class, BenchCommand.Dashboards.class})
public final class BenchCommand {

    /**
     * Runs an ingest benchmark against a fresh engine on a throw-away data directory (or the
     * {@code --engine} cluster) and prints the engine, the machine and the figures.
     *
     * @return 0 when the engine holds exactly the documents sent
     */
    static int onFreshEngine(String name, ConfigOptions options, CommandSpec spec,
                             BiFunction<Vigil, Path, BenchmarkResult> benchmark) {
        try (ThrowawayDirectory work = ThrowawayDirectory.create("vigil-bench-")) {
            return onEngine(name, options.load().withDataDir(work.path().resolve("data")), spec,
                    vigil -> benchmark.apply(vigil, work.path()));
        }
    }

    /** Runs a benchmark on the engine of the configuration and prints the engine, the machine and the figures. */
    static int onEngine(String name, VigilConfig config, CommandSpec spec, Function<Vigil, BenchmarkResult> benchmark) {
        PrintWriter out = spec.commandLine().getOut();
        try (Vigil vigil = Vigil.open(config, System.getenv(), false)) {
            out.println("bench " + name + ": " + vigil.engine().backend().info() + " — " + vigil.engine().describe());
            out.printf("machine        %d cores, %,d MiB max heap for vigil, Java %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("java.version"));
            out.flush();
            BenchmarkResult result = benchmark.apply(vigil);
            out.println(result.report());
            return result.passed() ? 0 : 1;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Indexes CloudTrail-sized ECS documents (about 1.2 KB, 40+ fields) through the whole pipeline",
                    "into a fresh embedded engine (or --engine URL) with default refresh and translog settings."})
    static final class Ingest implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Option(names = "--documents", defaultValue = "1000000", description = "Documents to index (default ${DEFAULT-VALUE}).")
        long documents;
        @Option(names = "--chunk", defaultValue = "100000", description = "Documents per input (default ${DEFAULT-VALUE}).")
        int chunk;
        @Option(names = "--readers", defaultValue = "1", description = "Inputs read at once (default ${DEFAULT-VALUE}).")
        int readers;

        @Override
        public Integer call() {
            return onFreshEngine("ingest", options, spec,
                    (vigil, work) -> new IngestBenchmark(vigil, documents, chunk, Math.max(1, readers)).run());
        }
    }

    @Command(name = "cloudtrail-ingest", mixinStandardHelpOptions = true,
            description = {"Writes gzip CloudTrail log files in AWS's S3 layout (1,000 records each, about 1.45 KB a record),",
                    "then times `vigil ingest cloudtrail` of them into a fresh embedded engine (or --engine URL)."})
    static final class CloudTrailIngest implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Option(names = "--events", defaultValue = "1000000", description = "Records to ingest (default ${DEFAULT-VALUE}).")
        int events;
        @Option(names = "--readers", defaultValue = "2", description = "Files read at once (default ${DEFAULT-VALUE}).")
        int readers;

        @Override
        public Integer call() {
            return onFreshEngine("cloudtrail-ingest", options, spec, (vigil, work) -> {
                CloudTrailIngestBenchmark benchmark = new CloudTrailIngestBenchmark(vigil, events, Math.max(1, readers));
                Path logs = work.resolve("logs");
                return benchmark.ingest(logs, benchmark.writeLogFiles(logs));
            });
        }
    }

    @Command(name = "cloudtrail-parse", mixinStandardHelpOptions = true,
            description = "Decodes and normalizes gzip CloudTrail log files in memory on one thread (no engine): events/s and MB/s.")
    static final class CloudTrailParse implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--events", defaultValue = "200000", description = "Events per pass (default ${DEFAULT-VALUE}).")
        int events;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(CloudTrailParseBenchmark.run(events));
            return 0;
        }
    }

    @Command(name = "findings-lifecycle", mixinStandardHelpOptions = true,
            description = {"Ingests a shuffled history of finding updates (Inspector, GuardDuty, Security Hub copies) into a",
                    "fresh embedded engine (or --engine URL), then checks every latest state against the newest update."})
    static final class FindingsLifecycle implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Option(names = "--findings", defaultValue = "10000", description = "Findings (default ${DEFAULT-VALUE}).")
        int findings;
        @Option(names = "--updates", defaultValue = "10", description = "Updates per finding (default ${DEFAULT-VALUE}).")
        int updates;
        @Option(names = "--readers", defaultValue = "2", description = "Inputs read at once (default ${DEFAULT-VALUE}).")
        int readers;

        @Override
        public Integer call() {
            return onFreshEngine("findings-lifecycle", options, spec, (vigil, work) ->
                    new FindingLifecycleBenchmark(vigil, findings, Math.max(1, updates), Math.max(1, readers)).run());
        }
    }

    @Command(name = "findings-parse", mixinStandardHelpOptions = true,
            description = "Decodes and normalizes finding updates of the three sources in memory on one thread (no engine).")
    static final class FindingsParse implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--updates", defaultValue = "60000", description = "Updates per pass (default ${DEFAULT-VALUE}).")
        int updates;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(FindingParseBenchmark.run(updates));
            return 0;
        }
    }

    @Command(name = "dashboards", mixinStandardHelpOptions = true,
            description = {"Loads CloudTrail events over 30 days and finding updates into a fresh embedded engine (or --engine URL),",
                    "then measures every panel and every whole dashboard, p50 and p95, with caches off and CloudTrail ingest",
                    "running, against the issue's targets. Exit code 0 once measured, 1 when the data did not load."})
    static final class Dashboards implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Option(names = "--events", defaultValue = "1000000", description = "CloudTrail events (default ${DEFAULT-VALUE}).")
        long events;
        @Option(names = "--findings", defaultValue = "20000", description = "Finding updates (default ${DEFAULT-VALUE}).")
        int findings;
        @Option(names = "--iterations", defaultValue = "50", description = "Measured runs per dashboard (default ${DEFAULT-VALUE}).")
        int iterations;
        @Option(names = "--ingest-rate", defaultValue = "200",
                description = "CloudTrail events/s ingested while measuring, 0 for none (default ${DEFAULT-VALUE}:"
                        + " 17 million a day, 50 and 500 times the average of a month of 10 and 1 million events).")
        int ingestRate;
        @Option(names = "--keep-data", paramLabel = "DIR",
                description = "Load into DIR and keep it; a later run with the same DIR, --events and --findings skips the load.")
        Path keepData;
        @Option(names = "--no-rollups",
                description = "Answer every panel from the raw events, without the rollups (to compare).")
        boolean noRollups;
        @Option(names = "--clear-fielddata",
                description = "Also drop global ordinals and field data before each measurement (default: query and request caches).")
        boolean clearFielddata;

        @Override
        public Integer call() {
            if (events < 1 || findings < 0 || iterations < 1 || ingestRate < 0) {
                throw new ParameterException(spec.commandLine(), "--events and --iterations must be at least 1,"
                        + " --findings and --ingest-rate at least 0");
            }
            if (keepData != null) {
                return onEngine("dashboards", DashboardLatencyBenchmark.configure(options.load().withDataDir(keepData)),
                        spec, vigil -> benchmark(vigil, true));
            }
            try (ThrowawayDirectory work = ThrowawayDirectory.create("vigil-bench-")) {
                VigilConfig config = options.load().withDataDir(work.path().resolve("data"));
                return onEngine("dashboards", DashboardLatencyBenchmark.configure(config), spec,
                        vigil -> benchmark(vigil, false));
            }
        }

        private BenchmarkResult benchmark(Vigil vigil, boolean kept) {
            return new DashboardLatencyBenchmark(vigil, new DashboardLatencyBenchmark.Options(events, findings, iterations,
                    ingestRate, kept, clearFielddata, !noRollups), spec.commandLine().getOut(), System.getenv()).run();
        }
    }
}
