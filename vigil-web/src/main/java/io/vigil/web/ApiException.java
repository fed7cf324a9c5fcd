package io.vigil.web;

import java.util.Map;

/**
 * A refusal the client sees as an HTTP status and {@code {"error": message}}. The message says what
 * was wrong and what to do; it never carries a presented key or other secret.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** Extra response headers, such as {@code WWW-Authenticate} or {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
