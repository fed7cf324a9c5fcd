package io.vigil.app.bench;

import io.vigil.app.runtime.Vigil;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * CloudTrail events arriving while the dashboards are measured: a thread sends a log file of fresh
 * events (the last minute, after the loaded month) through the pipeline every tenth of a second, as
 * many as keep the requested rate. When the engine cannot keep up the files wait on the bulk writer,
 * so the achieved rate falls below the requested one; {@link #stop} says what it was.
 */
final class LiveIngest {

    private static final Duration TICK = Duration.ofMillis(100);
    private static final int MAX_RECORDS_PER_FILE = 1_000;
    private static final Duration ACK_WAIT = Duration.ofMinutes(2);

    /** What was sent while measuring, and how much of it the engine acknowledged. */
    record Result(int requestedPerSecond, long sent, long acknowledged, double seconds) {

        double achievedPerSecond() {
            return seconds == 0 ? 0 : acknowledged / seconds;
        }

        String describe() {
            if (requestedPerSecond == 0) {
                return "off (--ingest-rate 0)";
            }
            return String.format(Locale.ROOT, "%,d CloudTrail events/s requested, %,.0f/s achieved (%,d events in %.0f s"
                    + " through decoder, normalizer, project map, GeoIP and bulk writer%s)", requestedPerSecond,
                    achievedPerSecond(), acknowledged, seconds, sent == acknowledged ? "" : String.format(Locale.ROOT,
                            "; %,d sent but not acknowledged", sent - acknowledged));
        }
    }

    private final Vigil vigil;
    private final int perSecond;
    private final Instant notBefore;
    private final BenchTrail trail;
    private final LongAdder acknowledged = new LongAdder();
    /** Written by the sending thread only, read after it ended. */
    private final List<CompletableFuture<DeliveryReport>> completions = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long sent;
    private long started;
    private long stopped;

    /** @param notBefore no event is older than this: the end of the loaded month, so the run's events can be told apart */
    LiveIngest(Vigil vigil, int perSecond, Instant notBefore, long seed) {
        this.vigil = vigil;
        this.perSecond = perSecond;
        this.notBefore = notBefore;
        this.trail = new BenchTrail(seed);
        this.thread = new Thread(this::send, "bench-live-ingest");
        thread.setDaemon(true);
    }

    void start() {
        started = System.nanoTime();
        if (perSecond > 0) {
            thread.start();
        }
    }

    /** Stops sending, waits for the engine to acknowledge what was sent, and reports the rate. */
    Result stop() {
        running = false;
        stopped = System.nanoTime();
        if (perSecond > 0) {
            try {
                thread.join();
                vigil.sink().flush();
                CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new))
                        .get(ACK_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException | ExecutionException e) {
                // counted below as sent but not acknowledged
            }
        }
        double seconds = (stopped - started) / 1e9;
        return new Result(perSecond, sent, acknowledged.sum(), seconds);
    }

    private void send() {
        Dataset cloudtrail = vigil.datasets().require(CloudTrailDataset.NAME);
        long file = 0;
        while (running) {
            long due = (long) (perSecond * ((System.nanoTime() - started) / 1e9)) - sent;
            if (due <= 0) {
                sleep();
                continue;
            }
            int records = (int) Math.min(due, MAX_RECORDS_PER_FILE);
            Instant now = vigil.clock().instant();
            Instant from = now.minusSeconds(60).isAfter(notBefore) ? now.minusSeconds(60) : notBefore.plusMillis(1);
            byte[] log = trail.logFile(file, records, from, Duration.between(from, now).plusMillis(1));
            CompletableFuture<DeliveryReport> completion = vigil.pipeline().ingest(cloudtrail,
                    SourceLocation.whole("bench:live-" + file + ".json"), new ByteArrayInputStream(log)).completion();
            completions.add(completion.whenComplete((report, failure) -> {
                if (report != null) {
                    acknowledged.add(report.indexed() + report.alreadyPresent());
                }
            }));
            sent += records;
            file++;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
