package io.vigil.web.auth;

import io.vigil.web.users.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The open sessions, in memory: a restart signs everyone out. A session id is 256 random bits, given
 * to the browser once in the cookie; the server keeps only its SHA-256, so a memory dump shows no
 * usable id. A session ends when idle for longer than the idle timeout, when older than the absolute
 * timeout, or when closed (sign-out, or a new sign-in from the same browser).
 */
public final class Sessions {

    /** A session just opened and the id for its cookie; {@link #toString} leaves the id out. */
    public record Opened(String id, Session session) {

        @Override
        public String toString() {
            return "Opened[" + session + "]";
        }
    }

    private static final int RANDOM_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byIdHash = new ConcurrentHashMap<>();

    public Sessions(Duration idleTimeout, Duration absoluteTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    /** Opens a session for a user who just signed in. */
    public Opened open(User user) {
        Instant now = clock.instant();
        byIdHash.values().removeIf(session -> expired(session, now));
        String id = randomToken();
        Session session = new Session(hash(id), user, randomToken(), now);
        byIdHash.put(session.idHash(), session);
        return new Opened(id, session);
    }

    /** The live session with this id, marked as seen now; empty for unknown, malformed or expired ids. */
    public Optional<Session> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Session session = byIdHash.get(hash(id));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byIdHash.remove(session.idHash(), session);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public void close(Session session) {
        byIdHash.remove(session.idHash(), session);
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(idleTimeout))
                || !now.isBefore(session.createdAt().plus(absoluteTimeout));
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
