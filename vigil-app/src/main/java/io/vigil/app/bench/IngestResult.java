package io.vigil.app.bench;

import io.vigil.app.runtime.Vigil;
import io.vigil.core.pipeline.IndexSpec;
import java.util.Locale;
import java.util.OptionalLong;

/** Figures of one ingest benchmark run. */
public record IngestResult(long sent, long indexed, long stored, long bytes, double seconds,
                           OptionalLong vigilPeakRss, OptionalLong enginePeakRss) implements BenchmarkResult {

    /** The figures of a finished run: what the engine holds of the index family now, and both processes' peak RSS. */
    public static IngestResult measure(Vigil vigil, IndexSpec index, long sent, long indexed, long bytes, double seconds) {
        vigil.engine().backend().refresh(index.pattern());
        long stored = vigil.engine().backend().count(index.pattern());
        OptionalLong enginePeak = vigil.engine().embedded()
                .map(engine -> ProcessMemory.peakRss(engine.pid())).orElse(OptionalLong.empty());
        return new IngestResult(sent, indexed, stored, bytes, seconds,
                ProcessMemory.peakRss(ProcessHandle.current().pid()), enginePeak);
    }

    public double documentsPerSecond() {
        return sent / seconds;
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }

    @Override
    public boolean passed() {
        return stored == sent;
    }

    @Override
    public String report() {
        return String.format(Locale.ROOT, """
                documents      %,d sent, %,d indexed, %,d in the engine
                average size   %,d bytes of JSON per document (%.1f MB in all)
                time           %.1f s
                throughput     %,.0f documents/s, %.1f MB/s of JSON
                peak RSS       vigil %s, engine %s""",
                sent, indexed, stored, sent == 0 ? 0 : bytes / sent, bytes / 1e6, seconds,
                documentsPerSecond(), megabytesPerSecond(), mebibytes(vigilPeakRss), mebibytes(enginePeakRss));
    }

    static String mebibytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%,d MiB", bytes.getAsLong() / (1024 * 1024)) : "n/a";
    }
}
