package io.vigil.app.ingest;

import io.vigil.core.concurrent.DaemonThreads;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress display on the terminal for long imports: inputs done, records, rate. It
 * appears only after two seconds, so short imports print just their summary, and only on a console.
 */
public final class ProgressBar implements AutoCloseable {

    private final PrintStream out;
    private final IngestTotals totals;
    private final int inputs;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile int inputsDone;
    private volatile boolean shown;

    public ProgressBar(PrintStream out, IngestTotals totals, int inputs, boolean enabled) {
        this.out = out;
        this.totals = totals;
        this.inputs = inputs;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("progress")) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::draw, 2, 1, TimeUnit.SECONDS);
        }
    }

    public void inputDone() {
        inputsDone++;
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        int width = 30;
        int filled = inputs == 0 ? 0 : (int) ((long) width * inputsDone / inputs);
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d inputs  %,d records  %,.0f/s   ", "#".repeat(filled),
                " ".repeat(width - filled), inputsDone, inputs, totals.read(), totals.read() / Math.max(seconds, 0.001));
        out.flush();
        shown = true;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            if (shown) {
                out.print("\r" + " ".repeat(90) + "\r");
                out.flush();
            }
        }
    }
}
