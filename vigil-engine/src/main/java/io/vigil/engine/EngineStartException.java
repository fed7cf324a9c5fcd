package io.vigil.engine;

/** The embedded engine could not be started; the message is one line for the user: what, where, what to do. */
public class EngineStartException extends RuntimeException {

    public EngineStartException(String message) {
        super(message);
    }

    public EngineStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
