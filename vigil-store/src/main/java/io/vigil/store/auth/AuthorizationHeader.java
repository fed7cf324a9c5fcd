package io.vigil.store.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A fixed {@code Authorization} header: HTTP basic or an Elastic / OpenSearch API key. */
public final class AuthorizationHeader implements RequestSigner {

    private final String scheme;
    private final Map<String, String> header;

    private AuthorizationHeader(String scheme, String value) {
        this.scheme = scheme;
        this.header = Map.of("Authorization", value);
    }

    public static AuthorizationHeader basic(String username, String password) {
        String pair = username + ":" + password;
        return new AuthorizationHeader("basic",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** An API key as the engine prints it (the base64 {@code encoded} form of {@code id:key}). */
    public static AuthorizationHeader apiKey(String encodedKey) {
        return new AuthorizationHeader("api key", "ApiKey " + encodedKey.strip());
    }

    @Override
    public Map<String, String> sign(SignableRequest request) {
        return header;
    }

    /** Names the scheme only, never the secret. */
    @Override
    public String toString() {
        return "Authorization (" + scheme + ")";
    }
}
