package io.vigil.core.pipeline;

/** A record a normalizer cannot turn into documents; the message says what is wrong with it. */
public class BadRecordException extends Exception {

    public BadRecordException(String reason) {
        super(reason);
    }

    public BadRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
