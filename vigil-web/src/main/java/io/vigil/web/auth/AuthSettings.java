package io.vigil.web.auth;

import io.vigil.core.config.LoginConfig;
import io.vigil.web.users.Lockout;
import java.time.Duration;
import java.util.Objects;

/**
 * How sign-in and sessions behave.
 *
 * @param sessionIdleTimeout     a session unused this long ends (default 30 minutes)
 * @param sessionAbsoluteTimeout a session ends this long after sign-in, used or not (default 12 hours)
 * @param lockout                failed sign-ins that lock a user out, and for how long (default 5, 15 minutes)
 * @param attemptsPerAddress     sign-in attempts one client address may make per {@code attemptWindow} (default 10)
 * @param attemptWindow          the period the attempts per address are counted over (default 1 minute)
 * @param failedLoginDelay      the least time a failed sign-in takes to answer, whatever failed, so the
 *                               time does not tell unknown users, wrong passwords and lockouts apart
 *                               (default 1 second; longer than a password check)
 */
public record AuthSettings(Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout, Lockout lockout,
                           Integer attemptsPerAddress, Duration attemptWindow, Duration failedLoginDelay) {

    public AuthSettings {
        sessionIdleTimeout = positive("session idle timeout", sessionIdleTimeout, Duration.ofMinutes(30));
        sessionAbsoluteTimeout = positive("session absolute timeout", sessionAbsoluteTimeout, Duration.ofHours(12));
        lockout = lockout == null ? Lockout.defaults() : lockout;
        attemptsPerAddress = attemptsPerAddress == null ? 10 : attemptsPerAddress;
        if (attemptsPerAddress < 1) {
            throw new IllegalArgumentException("the login attempts per address must be at least 1, not "
                    + attemptsPerAddress);
        }
        attemptWindow = positive("login attempt window", attemptWindow, Duration.ofMinutes(1));
        failedLoginDelay = Objects.requireNonNullElse(failedLoginDelay, Duration.ofSeconds(1));
        if (failedLoginDelay.isNegative()) {
            throw new IllegalArgumentException("the failed sign-in delay cannot be negative: " + failedLoginDelay);
        }
    }

    /** The settings of {@code web.login}; keys left out take the defaults above. */
    public static AuthSettings from(LoginConfig login) {
        Lockout defaults = Lockout.defaults();
        Lockout lockout = new Lockout(Objects.requireNonNullElse(login.maxFailures(), defaults.maxFailures()),
                Objects.requireNonNullElse(login.lockout(), defaults.duration()));
        return new AuthSettings(login.sessionIdleTimeout(), login.sessionAbsoluteTimeout(), lockout,
                login.attemptsPerAddress(), login.attemptWindow(), login.failedLoginDelay());
    }

    public static AuthSettings defaults() {
        return new AuthSettings(null, null, null, null, null, null);
    }

    private static Duration positive(String what, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + value);
        }
        return value;
    }
}
