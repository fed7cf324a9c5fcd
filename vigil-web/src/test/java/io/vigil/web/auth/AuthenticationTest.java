package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.MutableClock;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.Lockout;
import io.vigil.web.users.Role;
import io.vigil.web.users.UserStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration DELAY = Duration.ofMillis(300);

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private UserStore users;
    private Authentication auth;

    @BeforeEach
    void setUp() {
        users = new UserStore(dataDir, clock);
        users.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));
        auth = new Authentication(new KeyStore(dataDir, clock), users, new AuthSettings(null, null,
                new Lockout(5, Duration.ofMinutes(15)), 8, Duration.ofMinutes(1), DELAY), clock);
    }

    @Test
    void theRightPasswordSignsIn() {
        LoginResult result = auth.login("alice", PASSWORD, "192.0.2.1");

        assertThat(result.outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
        assertThat(result.user().name()).isEqualTo("alice");
    }

    @Test
    void everyRefusalLooksTheSameAndTakesAtLeastTheDelay() {
        for (String[] attempt : new String[][] {{"alice", "wrong password!"}, {"nobody", PASSWORD}, {"", PASSWORD},
                {null, null}, {"alice", "x".repeat(10_000)}}) {
            long started = System.nanoTime();

            LoginResult result = auth.login(attempt[0], attempt[1], "192.0.2.1");

            assertThat(result).isEqualTo(LoginResult.refused());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(DELAY);
        }
    }

    @Test
    void aLockedOutUserIsRefusedLikeAWrongPassword() {
        for (int i = 0; i < 5; i++) {
            auth.login("alice", "wrong password!", "192.0.2.1");
        }

        assertThat(auth.login("alice", PASSWORD, "192.0.2.2")).isEqualTo(LoginResult.refused());
        clock.advance(Duration.ofMinutes(15));
        assertThat(auth.login("alice", PASSWORD, "192.0.2.2").outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
    }

    @Test
    void anAddressOverItsLimitIsThrottledUncheckedEvenWithTheRightPassword() {
        for (int i = 0; i < 8; i++) {
            auth.login("nobody-" + i, PASSWORD, "192.0.2.1");
        }

        LoginResult throttled = auth.login("alice", PASSWORD, "192.0.2.1");

        assertThat(throttled.outcome()).isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(users.find("alice").orElseThrow().failedLogins()).isZero();
        assertThat(auth.login("alice", PASSWORD, "192.0.2.2").outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
    }

    @Test
    void aSessionLastsWhileItsUserExistsAsTheySignedIn() {
        Sessions.Opened opened = auth.sessions().open(users.find("alice").orElseThrow());
        assertThat(auth.signedIn(opened.id())).hasValueSatisfying(found -> {
            assertThat(found.session()).isSameAs(opened.session());
            assertThat(found.user().name()).isEqualTo("alice");
        });

        users.grant("alice", null, List.of("beta"));
        assertThat(auth.signedIn(opened.id())).as("a change of access applies at once").hasValueSatisfying(
                found -> assertThat(found.user().projects()).containsExactly("beta"));

        users.add("root", PASSWORD, List.of(Role.ADMIN), List.of());
        users.remove("alice");
        users.add("alice", PASSWORD, List.of(Role.ADMIN), List.of("*"));
        assertThat(auth.signedIn(opened.id())).as("a re-created user is a new user").isEmpty();
        assertThat(auth.sessions().find(opened.id())).as("and the old session is closed").isEmpty();
    }
}
