package io.vigil.sources.findingapi;

import io.vigil.sources.aws.AwsErrors;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What a failed findings API call means for the run, in one line that says what to do. */
final class FindingApiFailure {

    /** Error codes of credentials that a service refuses whatever the call: expired, unknown or badly signed. */
    private static final Set<String> REFUSED_CREDENTIALS = Set.of("ExpiredTokenException", "ExpiredToken",
            "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException",
            "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationTokenException", "RequestExpired");

    private FindingApiFailure() {
    }

    /** Whether the account's credentials were refused or could not be had at all (then no call of it can succeed). */
    static boolean credentialsRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null
                    && REFUSED_CREDENTIALS.contains(service.awsErrorDetails().errorCode())) {
                return true;
            }
        }
        return failure instanceof SdkClientException && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("credentials");
    }

    static String describe(FindingApi<?, ?> api, FindingApiTarget target, Throwable failure, int maxAttempts) {
        String what = "findings API " + api.name() + " in AWS account '" + target.account() + "' region "
                + target.region() + ": " + AwsErrors.describe(failure) + "; ";
        if (credentialsRefused(failure)) {
            return what + "the account's credentials were refused: refresh them (the profile, or the role the account"
                    + " assumes and its trust policy); every source of " + target + " stops for this run, their"
                    + " cursors are kept";
        }
        if (failure instanceof AwsServiceException service && (service.statusCode() == 401 || service.statusCode() == 403)) {
            return what + "check that the account's credentials allow " + api.permissions() + " and that the service is"
                    + " enabled in " + target.region() + "; its cursor is kept";
        }
        return what + "the next run resumes from its cursor (throttled and failed calls are tried up to " + maxAttempts
                + (maxAttempts == 1 ? " time)" : " times)");
    }

    static String notStored(FindingApi<?, ?> api, FindingApiTarget target, Throwable failure) {
        return "findings API " + api.name() + " in AWS account '" + target.account() + "' region " + target.region()
                + ": documents were not stored (" + AwsErrors.describe(failure) + "); the next run reads them again"
                + " from its cursor";
    }
}
