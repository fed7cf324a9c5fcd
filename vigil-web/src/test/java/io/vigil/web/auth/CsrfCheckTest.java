package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.vigil.web.MutableClock;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token comparison and the form field; requests with and without tokens are in AccessCheckTest. */
class CsrfCheckTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final Session session = new Sessions(Duration.ofMinutes(30), Duration.ofHours(12), clock).open(
            new User("alice", "$argon2id$one", List.of(Role.DEVELOPER), List.of(), 0, null, clock.instant())).session();

    @Test
    void onlyTheSessionsOwnTokenMatches() {
        String token = session.csrfToken();

        assertThat(CsrfCheck.matches(session, token)).isTrue();
        assertThat(CsrfCheck.matches(session, token.substring(1))).isFalse();
        assertThat(CsrfCheck.matches(session, token + "A")).isFalse();
        assertThat(CsrfCheck.matches(session, "")).isFalse();
        assertThat(CsrfCheck.matches(session, null)).isFalse();
    }

    @Test
    void stateChangingMethodsNeedTheToken() {
        assertThat(List.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE))
                .allMatch(CsrfCheck::stateChanging);
        assertThat(List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS)).noneMatch(CsrfCheck::stateChanging);
    }

    @Test
    void theFormFieldCarriesTheToken() {
        assertThat(CsrfCheck.field(session).toString())
                .isEqualTo("<input type=\"hidden\" name=\"csrf\" value=\"" + session.csrfToken() + "\">");
    }
}
