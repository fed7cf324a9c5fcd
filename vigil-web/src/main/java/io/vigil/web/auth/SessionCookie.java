package io.vigil.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie {@value #NAME}: HttpOnly (scripts cannot read it), SameSite=Strict (other sites
 * cannot make the browser send it), Path=/, Secure when the request came over TLS, and no Max-Age,
 * so the browser drops it when closed; the server ends the session itself on its timeouts.
 */
public final class SessionCookie {

    public static final String NAME = "vigil_session";

    private SessionCookie() {
    }

    /** The session id the request presents, or {@code null}. */
    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    static void set(Context ctx, String sessionId) {
        ctx.cookie(cookie(ctx, sessionId, -1));
    }

    /** Tells the browser to drop the cookie. */
    static void clear(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(NAME, value, "/", maxAge, ctx.req().isSecure(), true, null, SameSite.STRICT);
    }
}
