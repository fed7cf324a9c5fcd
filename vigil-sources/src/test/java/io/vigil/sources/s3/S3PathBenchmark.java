package io.vigil.sources.s3;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Outcome;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.pipeline.Sink;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import io.vigil.sources.aws.TrailFiles;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.cloudtrail.SyntheticTrail;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 path of {@code vigil ingest cloudtrail s3://...} without an engine: CloudTrail log files in
 * AWS's layout on an S3-compatible server in this JVM (S3Proxy, in memory), listed and read by
 * {@link S3Backfill} with the SDK client Vigil uses, decoded and normalized by the pipeline into a
 * sink that only counts and acknowledges. The corpus is that of the end-to-end ingest benchmark:
 * {@link SyntheticTrail} records (seed 42), 1,000 to a gzip file, uploaded once. One untimed backfill
 * warms up; then, for each concurrency asked for, one backfill of the corpus is timed from its start
 * to the last acknowledgement. The server shares the JVM and the CPUs, so its work is in the figures.
 *
 * <p>A main on the test class path, not a test (S3Proxy, and the Jetty it brings, is test scope only).
 * From the repository:
 * <pre>
 * mvn -B -o -q -pl vigil-sources test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test-classpath.txt
 * java -XX:+UseSerialGC -Xmx2g -cp "vigil-sources/target/test-classes:vigil-sources/target/classes:$(cat \
 *     vigil-sources/target/test-classpath.txt)" io.vigil.sources.s3.S3PathBenchmark --events 1000000 --concurrency 1,2,4
 * </pre>
 */
public final class S3PathBenchmark {

    static final int RECORDS_PER_FILE = 1_000;
    private static final String BUCKET = "vigil-benchmark";
    private static final String ACCOUNT = "111122223310";
    private static final String REGION = "eu-west-1";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** What to run: how many events, and how many objects the backfill reads at once (one timed backfill each). */
    record Options(int events, List<Integer> concurrencies) {

        static final String USAGE = "usage: S3PathBenchmark [--events N (default 1000000)] [--concurrency N[,N...] "
                + "(objects read at once, each timed in turn on the same objects; default 2, as vigil ingest --readers)]";

        static Options parse(String... args) {
            int events = 1_000_000;
            List<Integer> concurrencies = List.of(2);
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!name.equals("--events") && !name.equals("--concurrency")) {
                    throw new IllegalArgumentException("unknown argument '" + name + "'; " + USAGE);
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(name + " needs a number; " + USAGE);
                }
                String value = args[++i];
                if (name.equals("--events")) {
                    events = positive(name, value);
                } else {
                    concurrencies = Arrays.stream(value.split(",", -1)).map(each -> positive(name, each)).toList();
                }
            }
            return new Options(events, concurrencies);
        }

        private static int positive(String name, String text) {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a positive whole number, got '" + text + "'; " + USAGE);
        }
    }

    /** The figures of one timed backfill. */
    record Result(int concurrency, long events, long objects, long gzipBytes, long jsonBytes, double seconds,
                  double cpuSeconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "CloudTrail S3 path (in-process S3 server -> S3Backfill -> decode + normalize -> counting sink, no engine): "
                            + "%,d events in %,d objects (%,.1f MB gzip, %,.1f MB JSON), concurrency %d: %,.0f events/s, "
                            + "%,.1f MB/s of gzip (%,.1f MB/s of JSON), %,.1f objects/s; %.1f s elapsed, process CPU %.1f s "
                            + "(server included); Java %s, %s, %d CPUs",
                    events, objects, gzipBytes / 1e6, jsonBytes / 1e6, concurrency, events / seconds,
                    gzipBytes / 1e6 / seconds, jsonBytes / 1e6 / seconds, objects / seconds, seconds, cpuSeconds,
                    Runtime.version().feature(), collectors(), Runtime.getRuntime().availableProcessors());
        }
    }

    private S3PathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // S3Proxy and Jetty log every start at INFO through slf4j-simple; only their problems matter here
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        run(options, System.out::println);
    }

    static void run(Options options, Consumer<Result> out) throws Exception {
        try (LocalS3 server = LocalS3.start(); AwsClients aws = AwsClients.defaultChain()) {
            S3Client s3 = aws.s3(null);
            s3.createBucket(request -> request.bucket(BUCKET));
            Corpus corpus = upload(s3, new SyntheticTrail(new Random(42)), options.events());
            backfill(s3, options.concurrencies().get(0)); // warm-up: the JIT compiles the whole path
            for (int concurrency : options.concurrencies()) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                Counted counted = backfill(s3, concurrency);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                if (counted.documents != options.events() || counted.objects != corpus.objects() || counted.deadLetters != 0) {
                    throw new IllegalStateException("the backfill gave " + counted.documents + " documents of "
                            + options.events() + " from " + counted.objects + " objects of " + corpus.objects() + ", with "
                            + counted.deadLetters + " dead letters");
                }
                out.accept(new Result(concurrency, counted.documents, counted.objects, corpus.gzipBytes(), corpus.jsonBytes(),
                        seconds, cpuSeconds));
            }
        }
    }

    private record Corpus(long objects, long gzipBytes, long jsonBytes) {
    }

    /** Puts the log files of {@code events} records into the bucket, in AWS's layout. */
    private static Corpus upload(S3Client s3, SyntheticTrail trail, int events) {
        long objects = 0;
        long gzip = 0;
        long json = 0;
        for (int start = 0; start < events; start += RECORDS_PER_FILE) {
            byte[] log = trail.logFile(Math.min(RECORDS_PER_FILE, events - start));
            byte[] compressed = TrailFiles.gzip(log);
            LocalS3.upload(s3, BUCKET, TrailFiles.key("", null, ACCOUNT, REGION, DAY, String.format("%06d", objects)),
                    compressed);
            objects++;
            gzip += compressed.length;
            json += log.length;
        }
        return new Corpus(objects, gzip, json);
    }

    private static Counted backfill(S3Client s3, int concurrency) {
        Counted counted = new Counted();
        Pipeline pipeline = new Pipeline(List.of(), counted, Clock.systemUTC());
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        BackfillSummary summary = new S3Backfill(s3, pipeline, CloudTrailDataset.create(), AwsLogsLayout.CLOUDTRAIL, concurrency)
                .run(S3Uri.parse("s3://" + BUCKET + "/"), null, null, counted::add, problems::add)
                .join();
        if (summary.failed() > 0 || !problems.isEmpty()) {
            throw new IllegalStateException(summary.failed() + " objects failed: " + problems);
        }
        return counted;
    }

    /** Acknowledges every write at once, as a store that takes everything would; counts per object from the reports. */
    private static final class Counted implements Sink {
        private long documents;
        private long deadLetters;
        private long objects;

        @Override
        public void write(Document document, Delivery delivery) {
            delivery.acknowledge(Outcome.INDEXED);
        }

        @Override
        public void deadLetter(DeadLetter letter, Delivery delivery) {
            delivery.acknowledge(Outcome.DEAD_LETTERED);
        }

        /** One object's report, on the backfill's reporting thread. */
        void add(DeliveryReport report) {
            objects++;
            documents += report.indexed();
            deadLetters += report.deadLettered();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + "));
    }
}
