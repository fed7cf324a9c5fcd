package io.vigil.store;

/**
 * The engine could not be reached or refused a request. The message names the engine URL, the
 * request and the engine's own reason; it never contains credentials.
 */
public class EngineException extends RuntimeException {

    /** {@link #status} when no HTTP answer came back (connection refused, reset, timed out). */
    public static final int NO_RESPONSE = -1;

    private final int status;

    public EngineException(int status, String message) {
        super(message);
        this.status = status;
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
        this.status = NO_RESPONSE;
    }

    /** The HTTP status, or {@link #NO_RESPONSE}. */
    public int status() {
        return status;
    }

    /** Whether trying again later may succeed: no answer, 429 (overloaded) or a 5xx. */
    public boolean retryable() {
        return status == NO_RESPONSE || status == 429 || status >= 500;
    }
}
