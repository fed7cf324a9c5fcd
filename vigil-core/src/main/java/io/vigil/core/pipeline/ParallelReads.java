package io.vigil.core.pipeline;

import io.vigil.core.concurrent.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Reads several inputs at once, at most {@code parallelism} at a time. Each read hands its input to
 * the pipeline and returns that input's acknowledgement; this returns once every input was read, with
 * the acknowledgements still to come.
 */
public final class ParallelReads {

    private ParallelReads() {
    }

    public static <T> List<CompletableFuture<T>> run(int parallelism, List<Supplier<CompletableFuture<T>>> reads) {
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, parallelism), DaemonThreads.named("input-reader"));
        try {
            List<Future<CompletableFuture<T>>> started = new ArrayList<>();
            for (Supplier<CompletableFuture<T>> read : reads) {
                started.add(readers.submit(read::get));
            }
            List<CompletableFuture<T>> acknowledgements = new ArrayList<>();
            for (Future<CompletableFuture<T>> read : started) {
                acknowledgements.add(read.get());
            }
            return acknowledgements;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading inputs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an input could not be read: " + e.getCause().getMessage(), e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }
}
