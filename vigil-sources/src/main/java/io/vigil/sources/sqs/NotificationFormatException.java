package io.vigil.sources.sqs;

/** A queue message that is not an S3 notification Vigil can read; it can never succeed. */
public final class NotificationFormatException extends Exception {

    public NotificationFormatException(String reason) {
        super(reason);
    }
}
