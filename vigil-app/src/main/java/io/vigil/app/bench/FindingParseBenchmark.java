package io.vigil.app.bench;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.SourceCatalog;
import io.vigil.sources.finding.SyntheticFindingHistory;
import io.vigil.sources.finding.SyntheticFindingHistory.Update;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Decode + normalize throughput of finding updates on one thread (no engine): Inspector findings,
 * GuardDuty findings and Security Hub copies as JSON lines of {@value FindingInputs#UPDATES_PER_INPUT} updates,
 * through each dataset's own decoder and normalizer. Warms up, then reports the median of timed passes.
 */
public final class FindingParseBenchmark {

    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    private FindingParseBenchmark() {
    }

    public record Result(long updates, long jsonBytes, double updatesPerSecond, double megabytesPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "findings decode+normalize, 1 thread: %,d updates (%.1f MB of JSON, Inspector, GuardDuty and"
                            + " Security Hub copies): %,.0f findings/s, %.1f MB/s (median of %d passes; Java %s, %d CPUs)",
                    updates, jsonBytes / 1e6, updatesPerSecond, megabytesPerSecond, MEASURED_PASSES,
                    Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        }
    }

    public static Result run(int updates) {
        DatasetRegistry datasets = SourceCatalog.datasets();
        List<Update> history = new SyntheticFindingHistory(new Random(21), Instant.parse("2026-10-01T00:00:00Z"))
                .generate(Math.max(1, updates / 10), 10);
        List<FindingInputs.Input> inputs = FindingInputs.of(history, Update::dataset, Update::record);
        long jsonBytes = inputs.stream().mapToLong(input -> input.ndjson().length).sum();
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(datasets, inputs, history.size());
        }
        long[] nanos = new long[MEASURED_PASSES];
        for (int i = 0; i < MEASURED_PASSES; i++) {
            long start = System.nanoTime();
            pass(datasets, inputs, history.size());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double seconds = nanos[MEASURED_PASSES / 2] / 1e9;
        return new Result(history.size(), jsonBytes, history.size() / seconds, jsonBytes / 1e6 / seconds);
    }

    /** One pass over every input; fails when an update does not give its two documents. */
    private static void pass(DatasetRegistry datasets, List<FindingInputs.Input> inputs, int expected) {
        long[] documents = {0};
        for (FindingInputs.Input input : inputs) {
            Dataset dataset = datasets.require(input.dataset());
            try {
                dataset.decoder().decode(new ByteArrayInputStream(input.ndjson()), SourceLocation.whole("bench"),
                        new RecordHandler() {
                            @Override
                            public void record(RawRecord record) {
                                try {
                                    dataset.normalizer().normalize(record, document -> documents[0]++);
                                } catch (BadRecordException e) {
                                    throw new IllegalStateException("benchmark update refused: " + e.getMessage(), e);
                                }
                            }

                            @Override
                            public void malformed(SourceLocation location, String raw, String reason) {
                                throw new IllegalStateException("benchmark input malformed at " + location + ": " + reason);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (documents[0] != 2L * expected) {
            throw new IllegalStateException("expected " + 2L * expected + " documents, got " + documents[0]);
        }
    }
}
