package io.vigil.web.auth;

import io.vigil.web.users.User;
import java.time.Instant;

/**
 * A signed-in user's session as the server keeps it: never its id, only the SHA-256 of it (see
 * {@link Sessions}). It is bound to the password hash the user signed in with, so a user removed and
 * added again, or given a new password, is signed out.
 */
public final class Session {

    private final String idHash;
    private final String userName;
    private final String credential;
    private final String csrfToken;
    private final Instant createdAt;
    private volatile Instant lastSeen;

    Session(String idHash, User user, String csrfToken, Instant createdAt) {
        this.idHash = idHash;
        this.userName = user.name();
        this.credential = user.passwordHash();
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeen = createdAt;
    }

    public String userName() {
        return userName;
    }

    /** The token every state-changing request of this session must carry, see {@link CsrfCheck}. */
    public String csrfToken() {
        return csrfToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether this session still belongs to the user as stored now. */
    public boolean belongsTo(User user) {
        return user.name().equals(userName) && user.passwordHash().equals(credential);
    }

    String idHash() {
        return idHash;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant when) {
        lastSeen = when;
    }

    @Override
    public String toString() {
        return "Session[" + userName + " since " + createdAt + "]";
    }
}
