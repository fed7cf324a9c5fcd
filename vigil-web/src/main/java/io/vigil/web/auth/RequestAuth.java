package io.vigil.web.auth;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who the current request comes from, as the access check established it before the route ran: the
 * principal, and the session when a session cookie authenticated the request.
 */
public final class RequestAuth {

    private static final String PRINCIPAL = RequestAuth.class.getName() + ".principal";
    private static final String SESSION = RequestAuth.class.getName() + ".session";

    private RequestAuth() {
    }

    /** Called by the access check only. */
    public static void attach(Context ctx, Principal principal, Session session) {
        ctx.attribute(PRINCIPAL, principal);
        ctx.attribute(SESSION, session);
    }

    /**
     * The principal of a route that requires authentication.
     *
     * @throws IllegalStateException on a public route, where there may be none: a programming error
     */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("route " + ctx.path() + " needs a principal but is registered as public");
        }
        return principal;
    }

    /** The session, when a session cookie authenticated the request (also on public routes). */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The principal, when there is one (public routes may have none). */
    public static Optional<Principal> optionalPrincipal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }
}
