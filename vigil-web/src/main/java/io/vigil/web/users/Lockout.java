package io.vigil.web.users;

import java.time.Duration;

/**
 * When failed sign-ins lock a user out: after {@code maxFailures} failures in a row, sign-ins are
 * refused for {@code duration}, whatever the password.
 */
public record Lockout(int maxFailures, Duration duration) {

    public Lockout {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("the failed sign-ins before a lockout must be at least 1, not "
                    + maxFailures);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the lockout duration must be positive, not " + duration);
        }
    }

    /** 5 failures lock for 15 minutes. */
    public static Lockout defaults() {
        return new Lockout(5, Duration.ofMinutes(15));
    }
}
