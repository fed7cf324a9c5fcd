package io.vigil.web.auth;

import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.PasswordPolicy;
import io.vigil.web.users.User;
import io.vigil.web.users.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Everything that tells who a request comes from: the ingest keys, the users with their passwords and
 * lockouts, the sessions, and the limit on login attempts per client address.
 */
public final class Authentication {

    /** A live session and its user as stored now. */
    public record SignedIn(Session session, User user) {
    }

    private final KeyStore keys;
    private final UserStore users;
    private final AuthSettings settings;
    private final Clock clock;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public Authentication(KeyStore keys, UserStore users, AuthSettings settings, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        this.sessions = new Sessions(settings.sessionIdleTimeout(), settings.sessionAbsoluteTimeout(), clock);
        this.throttle = new LoginThrottle(settings.attemptsPerAddress(), settings.attemptWindow(), clock);
    }

    public KeyStore keys() {
        return keys;
    }

    public UserStore users() {
        return users;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The session a cookie value names, while it is live and its user still exists as they signed in;
     * a session whose user was removed or re-created is closed.
     */
    public Optional<SignedIn> signedIn(String sessionId) {
        return sessions.find(sessionId).flatMap(session -> {
            Optional<User> user = users.find(session.userName()).filter(session::belongsTo);
            if (user.isEmpty()) {
                sessions.close(session);
            }
            return user.map(current -> new SignedIn(session, current));
        });
    }

    /**
     * Checks a login from a client address. Every refusal takes at least the configured failed-login
     * delay, so the answer's timing does not tell why it was refused.
     */
    public LoginResult login(String name, String password, String address) {
        if (!throttle.tryAttempt(address)) {
            return LoginResult.throttled(throttle.retryAfter(address));
        }
        long started = System.nanoTime();
        // a password longer than any allowed one (256 code points, at most 512 chars) is refused unhashed
        boolean plausible = name != null && !name.isEmpty() && password != null
                && password.length() <= PasswordPolicy.MAX_LENGTH * 2;
        Optional<User> user = plausible ? users.authenticate(name, password, settings.lockout()) : Optional.empty();
        if (user.isPresent()) {
            return LoginResult.signedIn(user.get());
        }
        waitOut(started, settings.failedLoginDelay());
        return LoginResult.refused();
    }

    private static void waitOut(long started, Duration least) {
        long remaining = least.toNanos() - (System.nanoTime() - started);
        if (remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
