package io.vigil.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-in attempts per client address: at most so many per window, counted in fixed windows.
 * It slows password guessing across many user names from one address, which the per-user lockout
 * does not. Windows that ended are dropped when the table grows, so it stays small.
 */
final class LoginThrottle {

    private static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant start, int attempts) {
    }

    private final int attempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(int attempts, Duration window, Clock clock) {
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt from the address; false when it is over the limit and must be refused unchecked. */
    boolean tryAttempt(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > SWEEP_ABOVE) {
            byAddress.values().removeIf(current -> ended(current, now));
        }
        Window counted = byAddress.compute(address, (key, current) -> current == null || ended(current, now)
                ? new Window(now, 1)
                : new Window(current.start(), current.attempts() + 1));
        return counted.attempts() <= attempts;
    }

    /** How long until the address may try again. */
    Duration retryAfter(String address) {
        Window current = byAddress.get(address);
        Instant now = clock.instant();
        return current == null || ended(current, now) ? Duration.ZERO
                : Duration.between(now, current.start().plus(window));
    }

    private boolean ended(Window current, Instant now) {
        return !now.isBefore(current.start().plus(window));
    }
}
