package io.vigil.app.command;

import io.vigil.app.bench.CloudTrailIngestBenchmark;
import io.vigil.app.bench.IngestBenchmark;
import io.vigil.app.bench.IngestResult;
import io.vigil.app.runtime.ThrowawayDirectory;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.cloudtrail.CloudTrailParseBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil bench ingest}: measures bulk ingest into the engine and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print their figures.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.CloudTrailIngest.class, BenchCommand.CloudTrailParse.class})
public final class BenchCommand {

    /**
     * Runs an ingest benchmark against a fresh engine on a throw-away data directory (or the
     * {@code --engine} cluster) and prints the engine, the machine and the figures.
     *
     * @return 0 when the engine holds exactly the documents sent
     */
    static int onFreshEngine(String name, ConfigOptions options, CommandSpec spec,
                             BiFunction<Vigil, Path, IngestResult> benchmark) {
        PrintWriter out = spec.commandLine().getOut();
        try (ThrowawayDirectory work = ThrowawayDirectory.create("vigil-bench-")) {
            VigilConfig config = options.load().withDataDir(work.path().resolve("data"));
            try (Vigil vigil = Vigil.open(config, System.getenv(), false)) {
                out.println("bench " + name + ": " + vigil.engine().backend().info() + " — " + vigil.engine().describe());
                out.printf("machine        %d cores, %,d MiB max heap for vigil, Java %s%n",
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        System.getProperty("java.version"));
                out.flush();
                IngestResult result = benchmark.apply(vigil, work.path());
                out.println(result.report());
                return result.stored() == result.sent() ? 0 : 1;
            }
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
}
