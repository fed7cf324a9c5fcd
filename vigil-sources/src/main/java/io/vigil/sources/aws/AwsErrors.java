package io.vigil.sources.aws;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Short descriptions of AWS failures for problems, logs and dead letters (no request ids, no secrets). */
public final class AwsErrors {

    private AwsErrors() {
    }

    /** e.g. {@code NoSuchKey: The specified key does not exist. (HTTP 404)}, or the client-side cause. */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof AwsServiceException)) {
            cause = cause.getCause();
        }
        if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            AwsErrorDetails details = service.awsErrorDetails();
            String message = details.errorMessage() == null ? "" : ": " + details.errorMessage();
            return details.errorCode() + message + " (HTTP " + service.statusCode() + ")";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
