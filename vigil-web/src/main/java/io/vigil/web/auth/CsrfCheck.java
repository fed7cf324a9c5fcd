package io.vigil.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.web.ApiException;
import io.vigil.web.page.Html;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Cross-site request forgery protection for requests a session cookie authenticates: a request that
 * changes state must carry the session's token, in the form field {@value #FIELD} (pages) or the
 * header {@value #HEADER} (scripts). Another site can make a browser send the cookie, but cannot read
 * the token. Requests with an ingest key carry no cookie credentials and need no token.
 */
public final class CsrfCheck {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private CsrfCheck() {
    }

    public static boolean stateChanging(HandlerType method) {
        return STATE_CHANGING.contains(method);
    }

    /**
     * @throws ApiException 403 when the request changes state without the session's token
     */
    public static void require(Context ctx, Session session) {
        if (!stateChanging(ctx.method())) {
            return;
        }
        String presented = ctx.header(HEADER);
        if (presented == null && ctx.isFormUrlencoded()) {
            presented = ctx.formParam(FIELD);
        }
        if (!matches(session, presented)) {
            throw new ApiException(403, "the request has no valid CSRF token: reload the page and try again"
                    + " (scripts send the token as the " + HEADER + " header)");
        }
    }

    /** The hidden form field that carries the session's token, for every form that posts. */
    public static Html field(Session session) {
        return Html.format("<input type=\"hidden\" name=\"%s\" value=\"%s\">", FIELD, session.csrfToken());
    }

    /** Whether the token presented is the session's, compared in constant time. */
    static boolean matches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
