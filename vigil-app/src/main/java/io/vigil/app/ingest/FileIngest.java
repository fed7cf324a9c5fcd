package io.vigil.app.ingest;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.ParallelReads;
import io.vigil.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Reads files of one dataset through the pipeline, several at a time, and collects each file's
 * acknowledged counts into the totals. A file that cannot be opened is reported and counted as a
 * failed input; the other files go on.
 */
public final class FileIngest {

    private final Pipeline pipeline;
    private final Dataset dataset;
    private final int parallelism;

    public FileIngest(Pipeline pipeline, Dataset dataset, int parallelism) {
        this.pipeline = pipeline;
        this.dataset = dataset;
        this.parallelism = parallelism;
    }

    /** Reads every file; the returned future completes when every document was acknowledged. */
    public CompletableFuture<Void> ingest(List<Path> files, IngestTotals totals, ProgressBar progress,
                                          java.util.function.Consumer<String> problems) {
        List<CompletableFuture<Void>> completions = ParallelReads.run(parallelism, files.stream()
                .<Supplier<CompletableFuture<Void>>>map(file -> () -> read(file, totals, progress, problems)).toList());
        return CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> read(Path file, IngestTotals totals, ProgressBar progress,
                                      java.util.function.Consumer<String> problems) {
        SourceLocation origin = SourceLocation.whole(file.toAbsolutePath().toString());
        Delivery delivery;
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), totals::bytesRead)) {
            delivery = pipeline.ingest(dataset, origin, in);
        } catch (IOException e) {
            totals.inputFailed();
            problems.accept(file + ": cannot be read: " + e.getMessage());
            progress.inputDone();
            return CompletableFuture.completedFuture(null);
        }
        return delivery.completion().<Void>handle((report, failure) -> {
            if (failure != null) {
                totals.inputFailed();
                problems.accept(file + ": not stored: " + rootMessage(failure));
            } else {
                totals.add(report);
            }
            progress.inputDone();
            return null;
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
