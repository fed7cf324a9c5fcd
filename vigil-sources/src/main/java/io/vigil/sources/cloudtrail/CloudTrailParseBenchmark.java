package io.vigil.sources.cloudtrail;

import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Decode + normalize throughput on one thread, from gzip bytes as CloudTrail delivers them to S3.
 * Generates realistic records in memory (assumed roles, IAM users, services, console sign-ins,
 * errors, request and response payloads, resources), gzips them once as log files of
 * {@value #RECORDS_PER_FILE} records, warms up, then times full passes and reports the median.
 * The garbage collector matters on small machines: on 2 cores the parallel collector
 * ({@code -XX:+UseParallelGC}) gave about a fifth more than G1; the serial one that the launcher uses
 * ({@code -XX:+UseSerialGC}) is as fast as the parallel one here, with a third of its memory.
 *
 * <p>Run: {@code java -cp <vigil-sources, vigil-core and Jackson jars> io.vigil.sources.cloudtrail.CloudTrailParseBenchmark [events]}
 */
public final class CloudTrailParseBenchmark {

    static final int RECORDS_PER_FILE = 1_000;
    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    /**
     * Figures of one run: events per second and uncompressed megabytes (10^6 bytes) per second of
     * elapsed time, and events per second of CPU time (the thread's own plus the collector's pauses),
     * which a machine shared with other work does not lower.
     */
    public record Result(long events, double eventsPerSecond, double megabytesPerSecond, long jsonBytes, long gzipBytes,
                         double eventsPerCpuSecond) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "CloudTrail decode+normalize, 1 thread, from gzip: %,d events (%,.1f MB JSON, %,.1f MB gzip): "
                            + "%,.0f events/s, %,.1f MB/s of JSON, %,.0f events per CPU second "
                            + "(medians of %d passes; Java %s, %s, %d CPUs)",
                    events, jsonBytes / 1e6, gzipBytes / 1e6, eventsPerSecond, megabytesPerSecond, eventsPerCpuSecond,
                    MEASURED_PASSES, Runtime.version().feature(), collectors(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + "));
    }

    private CloudTrailParseBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.println(run(events));
    }

    public static Result run(int events) {
        long jsonBytes = 0;
        long gzipBytes = 0;
        List<byte[]> files = new ArrayList<>();
        SyntheticTrail generator = new SyntheticTrail(new Random(42));
        for (int start = 0; start < events; start += RECORDS_PER_FILE) {
            byte[] json = generator.logFile(Math.min(RECORDS_PER_FILE, events - start));
            byte[] gzip = gzip(json);
            jsonBytes += json.length;
            gzipBytes += gzip.length;
            files.add(gzip);
        }
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(files, events);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED_PASSES];
        long[] cpuNanos = new long[MEASURED_PASSES];
        for (int i = 0; i < MEASURED_PASSES; i++) {
            long collecting = collectionMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pass(files, events);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu + (collectionMillis() - collecting) * 1_000_000;
        }
        double seconds = median(nanos) / 1e9;
        return new Result(events, events / seconds, jsonBytes / 1e6 / seconds, jsonBytes, gzipBytes,
                events / (median(cpuNanos) / 1e9));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void pass(List<byte[]> files, int expected) {
        CloudTrailDecoder decoder = new CloudTrailDecoder();
        CloudTrailNormalizer normalizer = new CloudTrailNormalizer();
        Counter counter = new Counter(normalizer);
        try {
            for (int i = 0; i < files.size(); i++) {
                decoder.decode(new ByteArrayInputStream(files.get(i)), SourceLocation.whole("bench-" + i + ".json.gz"), counter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counter.documents != expected || counter.failures != 0) {
            throw new IllegalStateException("benchmark read " + counter.documents + " of " + expected
                    + " documents with " + counter.failures + " failures");
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Normalizes every record as it is decoded and counts the documents. */
    private static final class Counter implements RecordHandler, Consumer<Document> {
        private final CloudTrailNormalizer normalizer;
        private long documents;
        private long failures;

        Counter(CloudTrailNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        @Override
        public void record(RawRecord record) {
            try {
                normalizer.normalize(record, this);
            } catch (BadRecordException e) {
                failures++;
            }
        }

        @Override
        public void malformed(SourceLocation location, String raw, String reason) {
            failures++;
        }

        @Override
        public void accept(Document document) {
            documents++;
        }
    }
}
