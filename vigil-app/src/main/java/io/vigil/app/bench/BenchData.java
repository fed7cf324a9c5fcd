package io.vigil.app.bench;

import io.vigil.app.runtime.Vigil;
import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.ParallelReads;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.store.SearchBackend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The dashboard benchmark's data in the engine: CloudTrail events of the {@link BenchEstate} spread
 * over the 30 days before the load, as log files through the cloudtrail decoder, normalizer, project
 * map and GeoIP, plus finding updates through the inspector, guardduty and securityhub datasets. A
 * finished load leaves {@value #MANIFEST} in the data directory, so a kept directory is used again
 * without loading.
 */
final class BenchData {

    static final String MANIFEST = "bench-dashboards.properties";
    static final Duration SPAN = Duration.ofDays(30);
    private static final int RECORDS_PER_FILE = 1_000;
    private static final int READERS = 2;
    private static final long SEED = 20261127L;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    /**
     * What the engine holds.
     *
     * @param end     the end of the loaded month: documents after it came later (the benchmark's own ingest)
     * @param seconds how long the load took (0 when reused)
     */
    record Loaded(long events, long findingUpdates, Instant end, double seconds, boolean reused) {
    }

    private final Vigil vigil;
    private final PrintWriter out;

    BenchData(Vigil vigil, PrintWriter out) {
        this.vigil = vigil;
        this.out = out;
    }

    /**
     * The data of a kept directory when it holds exactly this load, else a new load.
     *
     * @throws IllegalStateException when the directory holds another or an unfinished load, or the
     *                               engine does not end up with every event and update
     */
    Loaded loadOrReuse(long events, int findingUpdates) {
        Path manifest = vigil.config().dataDir().resolve(MANIFEST);
        if (Files.isRegularFile(manifest)) {
            return reuse(manifest, events, findingUpdates);
        }
        if (vigil.engine().backend().count(CloudTrailDataset.INDEX.pattern()) > 0) {
            throw new IllegalStateException("the engine already holds CloudTrail events but " + manifest + " is missing"
                    + " (an interrupted load, or other data): give --keep-data an empty directory, or --engine a cluster"
                    + " without vigil-cloudtrail-* indices");
        }
        long started = System.nanoTime();
        Instant end = vigil.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        long deadLetters = loadEvents(events, end) + loadFindings(findingUpdates, end);
        SearchBackend backend = vigil.engine().backend();
        backend.refresh(CloudTrailDataset.INDEX.pattern() + "," + FindingsIndex.EVENTS.pattern() + ","
                + FindingsIndex.STATE.prefix());
        long storedEvents = backend.count(CloudTrailDataset.INDEX.pattern());
        long storedUpdates = backend.count(FindingsIndex.EVENTS.pattern());
        if (storedEvents != events || storedUpdates != findingUpdates) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the engine holds %,d of %,d CloudTrail events and"
                    + " %,d of %,d finding updates (%,d dead letters); see the log above", storedEvents, events,
                    storedUpdates, findingUpdates, deadLetters));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        writeManifest(manifest, events, findingUpdates, end, seconds);
        return new Loaded(events, findingUpdates, end, seconds, false);
    }

    private Loaded reuse(Path manifest, long events, int findingUpdates) {
        Properties loaded = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            loaded.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        long keptEvents = Long.parseLong(loaded.getProperty("events"));
        long keptUpdates = Long.parseLong(loaded.getProperty("finding_updates"));
        if (keptEvents != events || keptUpdates != findingUpdates) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s holds %,d CloudTrail events and %,d finding"
                    + " updates; run with --events %d --findings %d, or give another --keep-data directory",
                    manifest.getParent(), keptEvents, keptUpdates, keptEvents, keptUpdates));
        }
        Instant end = Instant.parse(loaded.getProperty("end"));
        long stored = vigil.engine().backend().count(CloudTrailDataset.INDEX.pattern());
        if (stored < events) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s should hold %,d CloudTrail events but the"
                    + " engine has %,d; delete the directory and load again", manifest.getParent(), events, stored));
        }
        return new Loaded(events, findingUpdates, end, 0, true);
    }

    private long loadEvents(long events, Instant end) {
        Progress progress = new Progress("CloudTrail events", events);
        long files = (events + RECORDS_PER_FILE - 1) / RECORDS_PER_FILE;
        Duration slice = SPAN.dividedBy(files);
        BenchTrail trail = new BenchTrail(SEED);
        List<Supplier<CompletableFuture<DeliveryReport>>> reads = new ArrayList<>();
        for (long file = 0; file < files; file++) {
            long number = file;
            int records = (int) Math.min(RECORDS_PER_FILE, events - file * RECORDS_PER_FILE);
            Instant from = end.minus(SPAN).plus(slice.multipliedBy(file));
            reads.add(() -> progress.track(vigil.pipeline().ingest(vigil.datasets().require(CloudTrailDataset.NAME),
                    SourceLocation.whole("bench:cloudtrail-" + number + ".json"),
                    new ByteArrayInputStream(trail.logFile(number, records, from, slice))).completion()));
        }
        return progress.await(reads);
    }

    private long loadFindings(int updates, Instant end) {
        Progress progress = new Progress("finding updates", updates);
        List<BenchFindings.Update> history = new BenchFindings(SEED, end).generate(updates);
        List<Supplier<CompletableFuture<DeliveryReport>>> reads = new ArrayList<>();
        for (FindingInputs.Input input : FindingInputs.of(history, BenchFindings.Update::dataset,
                BenchFindings.Update::record)) {
            reads.add(() -> progress.track(vigil.pipeline().ingest(vigil.datasets().require(input.dataset()),
                    SourceLocation.whole(input.name()), new ByteArrayInputStream(input.ndjson())).completion()));
        }
        return progress.await(reads);
    }

    private static void writeManifest(Path manifest, long events, int updates, Instant end, double seconds) {
        Properties loaded = new Properties();
        loaded.setProperty("events", Long.toString(events));
        loaded.setProperty("finding_updates", Integer.toString(updates));
        loaded.setProperty("end", end.toString());
        loaded.setProperty("load_seconds", String.format(Locale.ROOT, "%.1f", seconds));
        try (Writer writer = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            loaded.store(writer, "vigil bench dashboards: the data loaded into this directory");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + manifest, e);
        }
    }

    /** Counts acknowledged records of one kind and prints a line now and then: done, rate, time left. */
    private final class Progress {

        private final String what;
        private final long total;
        private final LongAdder done = new LongAdder();
        private final LongAdder deadLetters = new LongAdder();
        private final long started = System.nanoTime();

        Progress(String what, long total) {
            this.what = what;
            this.total = total;
        }

        CompletableFuture<DeliveryReport> track(CompletableFuture<DeliveryReport> completion) {
            return completion.whenComplete((report, failure) -> {
                if (report != null) {
                    done.add(report.read());
                    deadLetters.add(report.deadLettered());
                }
            });
        }

        /** Reads every input, waits for every acknowledgement; returns the dead letters. */
        long await(List<Supplier<CompletableFuture<DeliveryReport>>> reads) {
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("bench-progress"));
            ticker.scheduleAtFixedRate(this::print, PROGRESS_EVERY.toSeconds(), PROGRESS_EVERY.toSeconds(), TimeUnit.SECONDS);
            try {
                List<CompletableFuture<DeliveryReport>> completions = ParallelReads.run(READERS, reads);
                vigil.sink().flush();
                CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).join();
            } finally {
                ticker.shutdownNow();
            }
            print();
            return deadLetters.sum();
        }

        private void print() {
            double seconds = (System.nanoTime() - started) / 1e9;
            long now = done.sum();
            double rate = now / Math.max(seconds, 1e-9);
            out.printf(Locale.ROOT, "loading %-18s %,13d of %,d (%3.0f%%)  %,8.0f/s  %s elapsed, about %s left%n",
                    what, now, total, 100.0 * now / total, rate, minutes(seconds),
                    rate > 0 ? minutes((total - now) / rate) : "?");
            out.flush();
        }
    }

    static String minutes(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
