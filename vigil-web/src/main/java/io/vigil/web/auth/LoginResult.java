package io.vigil.web.auth;

import io.vigil.web.users.User;
import java.time.Duration;

/**
 * What a login attempt came to. A refusal does not say why: an unknown user, a wrong password and a
 * locked-out user look the same to the client.
 *
 * @param user       the user signed in, for {@link Outcome#SIGNED_IN}
 * @param retryAfter how long the address must wait, for {@link Outcome#THROTTLED}
 */
public record LoginResult(Outcome outcome, User user, Duration retryAfter) {

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED }

    static LoginResult signedIn(User user) {
        return new LoginResult(Outcome.SIGNED_IN, user, Duration.ZERO);
    }

    static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null, Duration.ZERO);
    }

    static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, retryAfter);
    }
}
