package io.vigil.sources.findingapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.securityhub.model.SecurityHubException;
import software.amazon.awssdk.services.sts.model.StsException;

class FindingApiFailureTest {

    private static final FindingApiTarget PROD = new FindingApiTarget("prod", "eu-west-1");

    @Test
    void aCallTheCredentialsMayNotMakeStopsOnlyThatSourceAndNamesThePermission() {
        SecurityHubException notSubscribed = refusal(401, "InvalidAccessException",
                "Account 111122223333 is not subscribed to AWS Security Hub");

        assertThat(FindingApiFailure.credentialsRefused(notSubscribed)).isFalse();
        assertThat(FindingApiFailure.describe(new SecurityHubFindingApi(), PROD, notSubscribed, 5)).isEqualTo(
                "findings API securityhub in AWS account 'prod' region eu-west-1: InvalidAccessException: Account"
                        + " 111122223333 is not subscribed to AWS Security Hub (HTTP 401); check that the account's"
                        + " credentials allow securityhub:GetFindings and that the service is enabled in eu-west-1;"
                        + " its cursor is kept");
    }

    @Test
    void credentialsThatCannotBeHadStopTheWholeAccount() {
        StsException trust = (StsException) StsException.builder().statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied")
                        .errorMessage("User is not authorized to perform: sts:AssumeRole").build())
                .build();
        SdkClientException noRole = SdkClientException.builder()
                .message("Unable to load credentials from service endpoint").cause(trust).build();

        assertThat(FindingApiFailure.credentialsRefused(noRole)).isTrue();
        assertThat(FindingApiFailure.credentialsRefused(refusal(403, "UnrecognizedClientException",
                "The security token included in the request is invalid"))).isTrue();
        assertThat(FindingApiFailure.credentialsRefused(SdkClientException.create("Unable to execute HTTP request")))
                .isFalse();
    }

    private static SecurityHubException refusal(int status, String code, String message) {
        return (SecurityHubException) SecurityHubException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .build();
    }
}
