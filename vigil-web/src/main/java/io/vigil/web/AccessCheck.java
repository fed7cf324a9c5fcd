package io.vigil.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import io.vigil.web.auth.Authentication;
import io.vigil.web.auth.CsrfCheck;
import io.vigil.web.auth.LoginEndpoint;
import io.vigil.web.auth.Principal;
import io.vigil.web.auth.RequestAuth;
import io.vigil.web.auth.SessionCookie;
import io.vigil.web.keys.IngestKey;
import io.vigil.web.keys.PresentedKey;
import io.vigil.web.users.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route and establishes its {@link Principal}: from an ingest key presented
 * as {@code Authorization: Bearer <key>}, or else from the session cookie. Unless the route is
 * {@link Access#PUBLIC}, a request without either is refused (a browser asking for a page is sent to
 * the login page), a session request that changes state must carry its CSRF token, and the route's
 * {@link Access} role must be met. Public routes get the session's principal when there is one.
 */
final class AccessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AccessCheck.class);
    private static final String KEY_ATTRIBUTE = AccessCheck.class.getName() + ".key";
    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"vigil\"";

    private final Authentication auth;

    AccessCheck(Authentication auth) {
        this.auth = auth;
    }

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            auth.signedIn(SessionCookie.read(ctx)).ifPresent(found ->
                    RequestAuth.attach(ctx, Principal.of(found.user()), found.session()));
            return;
        }
        Principal principal;
        String header = ctx.header("Authorization");
        if (header != null && !header.isBlank()) {
            IngestKey key = key(ctx, header);
            ctx.attribute(KEY_ATTRIBUTE, key);
            principal = Principal.of(key);
            RequestAuth.attach(ctx, principal, null);
        } else if (roles.contains(Access.INGEST_KEY)) {
            throw refuse(ctx, "missing ingest key: send it as 'Authorization: Bearer <key>'"
                    + " (an admin creates keys with 'vigil keys create')", REALM, "no key id");
        } else {
            Optional<Authentication.SignedIn> signedIn = auth.signedIn(SessionCookie.read(ctx));
            if (signedIn.isEmpty()) {
                if (wantsPage(ctx)) {
                    ctx.redirect(LoginEndpoint.PATH + "?next=" + URLEncoder.encode(pathAndQuery(ctx),
                            StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                    return;
                }
                throw refuse(ctx, "not logged in: log in at " + LoginEndpoint.PATH + ", or send an ingest key as"
                        + " 'Authorization: Bearer <key>'", REALM, "no key id");
            }
            CsrfCheck.require(ctx, signedIn.get().session());
            principal = Principal.of(signedIn.get().user());
            RequestAuth.attach(ctx, principal, signedIn.get().session());
        }
        if (roles.contains(Access.ADMIN) && !principal.hasRole(Role.ADMIN)) {
            LOG.info("refused {} {} to {} '{}': not an admin", ctx.method(), ctx.path(), principal.kind(),
                    principal.name());
            throw new ApiException(403, ctx.path() + " is for admins only; ask an admin for the admin role");
        }
    }

    /** The key that {@link #check} accepted for this request. */
    static IngestKey key(Context ctx) {
        IngestKey key = ctx.attribute(KEY_ATTRIBUTE);
        if (key == null) {
            throw new IllegalStateException("route " + ctx.path() + " needs a key but is not registered as "
                    + Access.INGEST_KEY);
        }
        return key;
    }

    private IngestKey key(Context ctx, String header) {
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw refuse(ctx, "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <key>'",
                    REALM + ", error=\"invalid_request\"", "no key id");
        }
        PresentedKey presented = PresentedKey.parse(header.substring(BEARER.length())).orElseThrow(() -> refuse(ctx,
                "the ingest key is malformed: expected 'vgl_' followed by 12 hex digits, '_' and 43 characters;"
                        + " send the whole key printed by 'vigil keys create'", REALM + ", error=\"invalid_token\"",
                "no key id"));
        return auth.keys().authenticate(presented).orElseThrow(() -> refuse(ctx,
                "the ingest key is wrong or revoked; ask an admin for a valid key ('vigil keys list' shows them)",
                REALM + ", error=\"invalid_token\"", "key id " + presented.id()));
    }

    /** A browser navigating to a page, as opposed to a program calling the API. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.method() == HandlerType.GET && accept != null && accept.contains("text/html");
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }

    /** Logs the refusal with what identifies the key (its id, never its secret) and builds the 401. */
    private static ApiException refuse(Context ctx, String reason, String challenge, String keyId) {
        LOG.info("refused {} {} from {} ({}): {}", ctx.method(), ctx.path(), ctx.ip(), keyId, reason);
        return new ApiException(401, reason, Map.of("WWW-Authenticate", challenge));
    }
}
