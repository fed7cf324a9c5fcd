package io.vigil.app.bench;

import io.vigil.app.demo.SyntheticEvents;
import io.vigil.app.ingest.CountingInputStream;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.ParallelReads;
import io.vigil.sources.ecs.EcsDataset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Bulk-indexes CloudTrail-sized ECS documents through the whole pipeline (decode, normalize,
 * project map, bulk writer) into the engine, and measures it: documents/s, MB/s, peak RSS of this
 * JVM and of the embedded engine. Inputs of {@code chunk} documents are read by {@code readers} threads.
 */
public final class IngestBenchmark {

    private static final long SEED = 7L;
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    private final Vigil vigil;
    private final long documents;
    private final int chunk;
    private final int readers;

    public IngestBenchmark(Vigil vigil, long documents, int chunk, int readers) {
        this.vigil = vigil;
        this.documents = documents;
        this.chunk = chunk;
        this.readers = readers;
    }

    /** Runs the benchmark and checks the engine holds exactly the documents sent. */
    public IngestResult run() {
        Dataset ecs = vigil.datasets().require(EcsDataset.NAME);
        SyntheticEvents events = new SyntheticEvents(SEED, START, Duration.ofDays(30));
        LongAdder bytes = new LongAdder();
        long started = System.nanoTime();
        List<Supplier<CompletableFuture<DeliveryReport>>> reads = new ArrayList<>();
        for (long first = 0; first < documents; first += chunk) {
            long from = first;
            long count = Math.min(chunk, documents - first);
            reads.add(() -> vigil.pipeline().ingest(ecs, SourceLocation.whole("bench:synthetic-" + from),
                    new CountingInputStream(events.ndjson(from, count), bytes::add)).completion());
        }
        List<CompletableFuture<DeliveryReport>> completions = ParallelReads.run(readers, reads);
        vigil.sink().flush();
        CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - started) / 1e9;
        long indexed = completions.stream().map(CompletableFuture::join).mapToLong(DeliveryReport::indexed).sum();
        return IngestResult.measure(vigil, EcsDataset.INDEX, documents, indexed, bytes.sum(), seconds);
    }
}
