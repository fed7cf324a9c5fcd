package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(1), clock);

    @Test
    void allowsSoManyAttemptsPerWindowAndAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("192.0.2.1")).isTrue();
        }
        assertThat(throttle.tryAttempt("192.0.2.1")).isFalse();
        assertThat(throttle.tryAttempt("192.0.2.2")).as("another address").isTrue();
    }

    @Test
    void saysHowLongToWaitAndAllowsAgainInTheNextWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt("192.0.2.1");
        }
        clock.advance(Duration.ofSeconds(45));

        assertThat(throttle.retryAfter("192.0.2.1")).isEqualTo(Duration.ofSeconds(15));
        assertThat(throttle.tryAttempt("192.0.2.1")).isFalse();
        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.retryAfter("192.0.2.1")).isZero();
        assertThat(throttle.tryAttempt("192.0.2.1")).isTrue();
    }
}
