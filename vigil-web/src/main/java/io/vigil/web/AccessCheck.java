package io.vigil.web;

import io.javalin.http.Context;
import io.vigil.web.keys.IngestKey;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.keys.PresentedKey;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: unless the route is {@link Access#PUBLIC}, the request must present
 * a valid ingest key as {@code Authorization: Bearer <key>}. The key found is kept on the request for
 * the route's handler.
 */
final class AccessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AccessCheck.class);
    private static final String KEY_ATTRIBUTE = AccessCheck.class.getName() + ".key";
    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"vigil\"";

    private final KeyStore keys;

    AccessCheck(KeyStore keys) {
        this.keys = keys;
    }

    void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw refuse(ctx, "missing ingest key: send it as 'Authorization: Bearer <key>'"
                    + " (an admin creates keys with 'vigil keys create')", REALM);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw refuse(ctx, "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <key>'",
                    REALM + ", error=\"invalid_request\"");
        }
        PresentedKey presented = PresentedKey.parse(header.substring(BEARER.length())).orElseThrow(() -> refuse(ctx,
                "the ingest key is malformed: expected 'vgl_' followed by 12 hex digits, '_' and 43 characters;"
                        + " send the whole key printed by 'vigil keys create'", REALM + ", error=\"invalid_token\""));
        IngestKey key = keys.authenticate(presented).orElseThrow(() -> refuse(ctx,
                "the ingest key is wrong or revoked; ask an admin for a valid key ('vigil keys list' shows them)",
                REALM + ", error=\"invalid_token\"", "key id " + presented.id()));
        ctx.attribute(KEY_ATTRIBUTE, key);
    }

    /** The key that {@link #check} accepted for this request. */
    static IngestKey key(Context ctx) {
        IngestKey key = ctx.attribute(KEY_ATTRIBUTE);
        if (key == null) {
            throw new IllegalStateException("route " + ctx.path() + " needs a key but is registered as public");
        }
        return key;
    }

    private static ApiException refuse(Context ctx, String reason, String challenge) {
        return refuse(ctx, reason, challenge, "no key id");
    }

    /** Logs the refusal with what identifies the key (its id, never its secret) and builds the 401. */
    private static ApiException refuse(Context ctx, String reason, String challenge, String keyId) {
        LOG.info("refused {} {} from {} ({}): {}", ctx.method(), ctx.path(), ctx.ip(), keyId, reason);
        return new ApiException(401, reason, Map.of("WWW-Authenticate", challenge));
    }
}
