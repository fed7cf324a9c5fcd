package io.vigil.sources.s3;

/**
 * An S3 object that could not be read to its end (missing, refused, or its transfer broke off), or
 * whose documents the store did not take. The message names the object and the cause.
 */
public final class ObjectReadException extends RuntimeException {

    private final S3Uri object;

    public ObjectReadException(S3Uri object, String reason, Throwable cause) {
        super(object + ": " + reason, cause);
        this.object = object;
    }

    public S3Uri object() {
        return object;
    }
}
