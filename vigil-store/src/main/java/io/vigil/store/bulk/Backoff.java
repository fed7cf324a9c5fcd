package io.vigil.store.bulk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, bounded by a retry limit counted from the first pause: waits of
 * about 0.2 s, 0.4 s, 0.8 s ... up to 10 s each, each between half and all of its nominal length.
 */
final class Backoff {

    private static final long FIRST_NANOS = Duration.ofMillis(200).toNanos();
    private static final long LONGEST_NANOS = Duration.ofSeconds(10).toNanos();

    private final long limitNanos;
    private long deadline;
    private long nextNanos = FIRST_NANOS;
    private boolean started;

    Backoff(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /**
     * Waits before the next attempt.
     *
     * @return false, without waiting, once the retry limit has passed (or the thread is interrupted)
     */
    boolean pause() {
        long now = System.nanoTime();
        if (!started) {
            started = true;
            deadline = now + limitNanos;
        }
        long remaining = deadline - now;
        if (remaining <= 0) {
            return false;
        }
        long wait = Math.min(remaining, nextNanos / 2 + ThreadLocalRandom.current().nextLong(nextNanos / 2 + 1));
        nextNanos = Math.min(nextNanos * 2, LONGEST_NANOS);
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean started() {
        return started;
    }
}
