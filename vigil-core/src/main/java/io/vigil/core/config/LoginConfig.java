package io.vigil.core.config;

import java.time.Duration;

/**
 * Sign-in and sessions of the web app ({@code web.login}); a key left out takes the web server's default.
 *
 * @param sessionIdleTimeout     a session unused this long ends (default 30m)
 * @param sessionAbsoluteTimeout a session ends this long after sign-in (default 12h)
 * @param maxFailures            failed sign-ins in a row that lock a user (default 5)
 * @param lockout                how long a locked user stays locked (default 15m)
 * @param attemptsPerAddress     sign-in attempts one client address may make per {@code attemptWindow} (default 10)
 * @param attemptWindow          the period attempts per address are counted over (default 1m)
 * @param failedLoginDelay       the least time a failed sign-in takes to answer (default 1s)
 */
public record LoginConfig(Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout, Integer maxFailures,
                          Duration lockout, Integer attemptsPerAddress, Duration attemptWindow,
                          Duration failedLoginDelay) {

    public static LoginConfig defaults() {
        return new LoginConfig(null, null, null, null, null, null, null);
    }
}
