package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.MutableClock;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(12), clock);
    private final User alice = new User("alice", "$argon2id$one", List.of(Role.DEVELOPER), List.of(), 0, null,
            clock.instant());

    @Test
    void opensSessionsWithRandom256BitIdsAndCsrfTokens() {
        Sessions.Opened first = sessions.open(alice);
        Sessions.Opened second = sessions.open(alice);

        assertThat(first.id()).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.session().csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.id())
                .isNotEqualTo(second.session().csrfToken());
        assertThat(first.toString()).doesNotContain(first.id());
        assertThat(first.session().toString()).doesNotContain(first.id()).doesNotContain(first.session().csrfToken());
        assertThat(sessions.find(first.id())).contains(first.session());
        assertThat(first.session().userName()).isEqualTo("alice");
    }

    @Test
    void unknownAndMalformedIdsFindNothing() {
        String id = sessions.open(alice).id();
        String other = (id.charAt(0) == 'A' ? 'B' : 'A') + id.substring(1);

        assertThat(sessions.find(other)).isEmpty();
        assertThat(sessions.find(id + "x")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void anIdleSessionEnds() {
        String id = sessions.open(alice).id();

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(id)).as("used within the idle timeout").isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(id)).as("each use restarts the idle timeout").isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(id)).isEmpty();
        clock.advance(Duration.ofMinutes(-31));
        assertThat(sessions.find(id)).as("an ended session stays ended").isEmpty();
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeoutHoweverBusy() {
        String id = sessions.open(alice).id();

        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(id)).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.find(id)).isEmpty();
    }

    @Test
    void aClosedSessionIsGone() {
        Sessions.Opened opened = sessions.open(alice);

        sessions.close(opened.session());

        assertThat(sessions.find(opened.id())).isEmpty();
    }

    @Test
    void aSessionBelongsToTheUserAsTheySignedIn() {
        Session session = sessions.open(alice).session();

        assertThat(session.belongsTo(alice)).isTrue();
        assertThat(session.belongsTo(new User("alice", "$argon2id$two", List.of(Role.DEVELOPER), List.of(), 0, null,
                clock.instant()))).as("re-created with another password").isFalse();
        assertThat(session.belongsTo(new User("bob", "$argon2id$one", List.of(Role.DEVELOPER), List.of(), 0, null,
                clock.instant()))).isFalse();
    }
}
