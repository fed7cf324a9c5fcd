package io.vigil.app.command;

import io.vigil.app.ingest.FileIngest;
import io.vigil.app.ingest.IngestTotals;
import io.vigil.app.ingest.InputFiles;
import io.vigil.app.ingest.ProgressBar;
import io.vigil.app.ingest.S3Ingest;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.s3.S3Uri;
import io.vigil.sources.SourceCatalog;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil ingest <dataset> <path>...}: imports files through the full pipeline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Imports files or folders (recursively), or S3 locations, of one dataset through the full pipeline.",
                "Exit code: 0 all indexed, 1 something was dead-lettered, 2 an error stopped an input or the command."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset, e.g. ecs.")
    String datasetName;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to import, or s3://bucket/prefix locations (AWSLogs/ layout) of the dataset.")
    List<String> inputs;

    @Option(names = "--readers", defaultValue = "2", paramLabel = "N", description = "Files or S3 objects read at once (default ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--since", paramLabel = "DATE", description = "s3:// only: first day (YYYY-MM-DD, UTC) of the logs to read.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "s3:// only: last day (YYYY-MM-DD, UTC) of the logs to read.")
    LocalDate until;

    @Option(names = "--account", paramLabel = "NAME", description = "s3:// only: the aws.accounts entry whose credentials read the bucket (default: the default credential chain).")
    String account;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceCatalog.datasets().require(datasetName); // wrong input fails before the engine starts
        List<S3Uri> locations = inputs.stream().filter(input -> input.startsWith("s3://")).map(S3Uri::parse).toList();
        if (!locations.isEmpty()) {
            S3Ingest.requireLayout(datasetName);
        }
        List<Path> files = InputFiles.expand(inputs.stream().filter(input -> !input.startsWith("s3://")).map(Path::of).toList());
        VigilConfig config = options.load();
        try (Vigil vigil = Vigil.open(config, System.getenv(), true);
             S3Ingest s3 = new S3Ingest(config.aws(), System.getenv(), account)) {
            Dataset dataset = vigil.datasets().require(datasetName);
            err.println("vigil: importing " + files.size() + " file(s)" + (locations.isEmpty() ? "" : " and " + locations)
                    + " of " + dataset.name() + " into the " + vigil.engine().describe());
            err.flush();
            IngestTotals totals = new IngestTotals();
            long started = System.nanoTime();
            try (ProgressBar progress = new ProgressBar(System.err, totals, files.size(), System.console() != null)) {
                Consumer<String> problems = problem -> {
                    synchronized (err) {
                        err.println("vigil: " + problem);
                        err.flush();
                    }
                };
                var fromFiles = new FileIngest(vigil.pipeline(), dataset, Math.max(1, readers))
                        .ingest(files, totals, progress, problems);
                var fromS3 = locations.isEmpty() ? CompletableFuture.completedFuture(null)
                        : s3.ingest(locations, vigil.pipeline(), dataset, Math.max(1, readers), since, until, totals, progress, problems);
                vigil.sink().flush();
                CompletableFuture.allOf(fromFiles, fromS3).join();
            }
            // what was just imported is searchable when the command returns, not up to a refresh interval later
            vigil.engine().backend().refresh(dataset.index().pattern() + "," + DeadLetterIndex.SPEC.pattern());
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "read %,d  indexed %,d  already present %,d  dead-lettered %,d  failed inputs %d"
                            + "  in %.1f s (%,.0f records/s, %.1f MB/s)%n",
                    totals.read(), totals.indexed(), totals.alreadyPresent(), totals.deadLettered(),
                    totals.failedInputs(), seconds, totals.read() / seconds, totals.bytes() / 1e6 / seconds);
            if (totals.deadLettered() > 0) {
                out.println("dead letters are in the vigil-deadletter-* indices, with each record's location and reason");
            }
            return totals.exitCode();
        }
    }
}
