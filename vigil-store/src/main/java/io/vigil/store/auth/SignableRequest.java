package io.vigil.store.auth;

import java.net.URI;
import java.util.Map;

/**
 * A request as it will be sent, for a {@link RequestSigner}: method, full URI (path already
 * percent-encoded), the headers Vigil sets itself, and the first {@code bodyLength} bytes of
 * {@code body} (an empty array when there is none).
 */
public record SignableRequest(String method, URI uri, Map<String, String> headers, byte[] body, int bodyLength) {

    private static final byte[] NO_BODY = new byte[0];

    public SignableRequest {
        headers = Map.copyOf(headers);
        body = body == null ? NO_BODY : body;
    }
}
