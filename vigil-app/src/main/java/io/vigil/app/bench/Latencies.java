package io.vigil.app.bench;

import java.util.Arrays;

/** Measured latencies of one thing (a panel, a whole dashboard) and their percentiles. */
final class Latencies {

    private long[] nanos = new long[64];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest measurement that at least
     * {@code percent}% of the measurements do not exceed.
     *
     * @throws IllegalStateException when nothing was measured
     */
    double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("no latencies measured");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile " + percent + " is not in (0, 100]");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
