package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.sources.Ingested;
import io.vigil.sources.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Golden tests over every real file in {@code ../shared/fixtures/cloudtrail}. Each expected value
 * below was read by hand from the input file (counts of records, ids, times, names, addresses,
 * accounts, MFA flags, errors), not produced by running this code.
 */
class CloudTrailFixturesTest {

    private static final String ABSENT = null;

    private static final String IAMUSER_MFA = "awsdocs_console-signin_iamuser_MFA.json";
    private static final String IAMUSER_FAILURE = "awsdocs_console-signin_iamuser_failure.json";
    private static final String IAMUSER_NO_MFA = "awsdocs_console-signin_iamuser_noMFA_records.json";
    private static final String ROOT_MFA = "awsdocs_console-signin_root_MFA.json";
    private static final String ROOT_FAILURE = "awsdocs_console-signin_root_failure.json";
    private static final String ASSUME_ROLE = "awsdocs_iam_assumerole_crossaccount.json";
    private static final String SERVICE_LINKED = "awsdocs_iam_awsservice_service_linked_role.json";
    private static final String INSIGHTS = "awsdocs_insights_events_records.json";
    private static final String ACCESS_DENIED = "awsdocs_stepfunctions_accessdenied.json";
    private static final String TRAIL_NOT_FOUND = "awsdocs_updatetrail_error_TrailNotFound_records.json";
    private static final String BEATS_NDJSON = "beats_console-login-json.log";
    private static final String TRAILSCRAPER = "trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json";
    private static final String TRAILSCRAPER_GZ = TRAILSCRAPER + ".gz";

    private static final Set<String> COVERED = Set.of(IAMUSER_MFA, IAMUSER_FAILURE, IAMUSER_NO_MFA, ROOT_MFA,
            ROOT_FAILURE, ASSUME_ROLE, SERVICE_LINKED, INSIGHTS, ACCESS_DENIED, TRAIL_NOT_FOUND, BEATS_NDJSON,
            TRAILSCRAPER, TRAILSCRAPER_GZ);

    private static Ingested ingest(String name) throws IOException {
        return Ingested.of(CloudTrailDataset.create(), SharedFixtures.bytes("cloudtrail/" + name), name);
    }

    /** Asserts path/value pairs; a {@code null} value means the field must be absent; arrays compare joined by commas. */
    private static void expect(Document doc, String... pathsAndValues) {
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String path = pathsAndValues[i];
            JsonNode node = Fields.get(doc.source(), path);
            String actual = node == null ? null : node.isArray() ? join(node) : node.asText();
            softly.assertThat(actual).as(doc.id() + " " + path).isEqualTo(pathsAndValues[i + 1]);
        }
        softly.assertAll();
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asText()));
        return String.join(",", values);
    }

    @Test
    void everyFixtureFileHasAGoldenTest() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.path("cloudtrail"))) {
            assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
                    .as("a new file in fixtures/cloudtrail needs a golden test here")
                    .isEqualTo(COVERED);
        }
    }

    @Test
    void consoleSignInOfAnIamUserWithMfa() throws IOException {
        Document doc = ingest(IAMUSER_MFA).single();
        assertThat(doc.id()).isEqualTo("fed06f42-cb12-4764-8c69-121063dc79b9");
        assertThat(doc.timestamp()).isEqualTo(Instant.parse("2022-11-10T16:24:34Z"));
        assertThat(CloudTrailDataset.INDEX.indexFor(doc.timestamp())).isEqualTo("vigil-cloudtrail-2022.11");
        assertThat(doc.location().toString()).isEqualTo(IAMUSER_MFA + " record 1");
        expect(doc,
                "@timestamp", "2022-11-10T16:24:34Z",
                "event.id", "fed06f42-cb12-4764-8c69-121063dc79b9",
                "event.dataset", "aws.cloudtrail",
                "event.action", "ConsoleLogin",
                "event.provider", "signin.amazonaws.com",
                "event.outcome", "success",
                "event.category", "authentication",
                "event.type", "start",
                "user.name", "anaya",
                "user.id", "AIDACKCEVSQ6C2EXAMPLE",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "aws.cloudtrail.user_identity.arn", "arn:aws:iam::111122223333:user/anaya",
                "source.ip", "192.0.2.0",
                "source.address", "192.0.2.0",
                "user_agent.original", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 "
                        + "(KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36",
                "cloud.provider", "aws",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-1",
                "aws.cloudtrail.mfa_used", "true",
                "aws.cloudtrail.event_type", "AwsConsoleSignIn",
                "aws.cloudtrail.event_version", "1.05",
                "aws.cloudtrail.request_parameters", ABSENT,
                "aws.cloudtrail.response_elements", "{\"ConsoleLogin\":\"Success\"}",
                "aws.cloudtrail.flattened.additional_eventdata.MFAIdentifier",
                "arn:aws:iam::111122223333:u2f/user/anaya/default-AAAAAAAABBBBBBBBCCCCCCCCDD",
                "error.code", ABSENT,
                "error.message", ABSENT);
    }

    @Test
    void failedConsoleSignInOfAnIamUser() throws IOException {
        Document doc = ingest(IAMUSER_FAILURE).single();
        assertThat(doc.id()).isEqualTo("d38ce1b3-4575-4cb8-a632-611b8243bfc3");
        expect(doc,
                "@timestamp", "2022-11-10T16:24:34Z",
                "event.action", "ConsoleLogin",
                "event.provider", "signin.amazonaws.com",
                "event.outcome", "failure",
                "error.code", ABSENT,
                "error.message", "Failed authentication",
                "user.name", "anaya",
                "user.id", "AIDACKCEVSQ6C2EXAMPLE",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "aws.cloudtrail.user_identity.access_key_id", ABSENT,
                "source.ip", "192.0.2.0",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-1",
                "aws.cloudtrail.mfa_used", "true");
    }

    @Test
    void consoleSignInWithoutMfaInALogFileWithoutRecipientAccount() throws IOException {
        Document doc = ingest(IAMUSER_NO_MFA).single();
        assertThat(doc.id()).isEqualTo("3fcfb182-98f8-4744-bd45-10a395ab61cb");
        expect(doc,
                "@timestamp", "2022-11-10T16:24:34Z",
                "event.action", "ConsoleLogin",
                "event.outcome", "success",
                "user.name", "anaya",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "source.ip", "192.0.2.0",
                "cloud.account.id", "111122223333",
                "aws.cloudtrail.recipient_account_id", ABSENT,
                "cloud.region", "us-east-2",
                "user_agent.original", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:62.0) Gecko/20100101 Firefox/62.0",
                "aws.cloudtrail.mfa_used", "false",
                "error.message", ABSENT);
    }

    @Test
    void rootSignInWithMfaGivenInCapitals() throws IOException {
        Document doc = ingest(ROOT_MFA).single();
        assertThat(doc.id()).isEqualTo("deb1e1f9-c99b-4612-8e9f-21f93b5d79c0");
        expect(doc,
                "@timestamp", "2022-11-10T16:24:34Z",
                "event.action", "ConsoleLogin",
                "event.outcome", "success",
                "aws.cloudtrail.user_identity.type", "Root",
                "user.name", "root",
                "user.id", "AIDACKCEVSQ6C2EXAMPLE",
                "aws.cloudtrail.user_identity.arn", "arn:aws:iam::111122223333:root",
                "source.ip", "192.0.2.0",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-1",
                "aws.cloudtrail.mfa_used", "true");
    }

    @Test
    void failedRootSignInWithoutMfa() throws IOException {
        Document doc = ingest(ROOT_FAILURE).single();
        assertThat(doc.id()).isEqualTo("a4fbbe77-91a0-4238-804a-64314184edb6");
        expect(doc,
                "@timestamp", "2022-11-10T16:24:34Z",
                "event.outcome", "failure",
                "error.message", "Failed authentication",
                "aws.cloudtrail.user_identity.type", "Root",
                "user.name", "root",
                "source.ip", "192.0.2.0",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-1",
                "aws.cloudtrail.mfa_used", "false");
    }

    @Test
    void crossAccountAssumeRoleByAnIamUser() throws IOException {
        Document doc = ingest(ASSUME_ROLE).single();
        assertThat(doc.id()).isEqualTo("dEXAMPLE-ac7f-466c-a608-4ac8dEXAMPLE");
        assertThat(CloudTrailDataset.INDEX.indexFor(doc.timestamp())).isEqualTo("vigil-cloudtrail-2014.07");
        expect(doc,
                "@timestamp", "2014-07-18T15:07:39Z",
                "event.action", "AssumeRole",
                "event.provider", "sts.amazonaws.com",
                "event.outcome", "success",
                "event.category", "authentication",
                "event.type", "start",
                "user.name", "JohnDoe",
                "user.id", "AIDAQRSTUVWXYZEXAMPLE",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "aws.cloudtrail.user_identity.account_id", "777788889999",
                "aws.cloudtrail.user_identity.access_key_id", "AKIAQRSTUVWXYZEXAMPLE",
                "source.ip", "192.0.2.101",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-2",
                "aws.cloudtrail.mfa_used", ABSENT,
                "vigil.resource.id", "arn:aws:iam::111122223333:role/EC2-dev",
                "aws.cloudtrail.resources.type", "AWS::IAM::Role",
                "aws.cloudtrail.request_id", "4EXAMPLE-0e8d-11e4-96e4-e55c0EXAMPLE",
                "aws.cloudtrail.shared_event_id", "bEXAMPLE-efea-4a70-b951-19a88EXAMPLE",
                "aws.cloudtrail.flattened.request_parameters.roleSessionName", "JohnDoe-EC2-dev",
                "aws.cloudtrail.flattened.response_elements.assumedRoleUser.arn",
                "arn:aws:sts::111122223333:assumed-role/EC2-dev/JohnDoe-EC2-dev",
                "error.code", ABSENT);
        assertThat(Ingested.text(doc, "aws.cloudtrail.request_parameters"))
                .contains("\"roleArn\":\"arn:aws:iam::111122223333:role/EC2-dev\"");
    }

    @Test
    void assumedRoleSessionWithItsIssuer() throws IOException {
        Document doc = ingest(SERVICE_LINKED).single();
        assertThat(doc.id()).isEqualTo("dEXAMPLE-265a-41e0-9352-4401bEXAMPLE");
        // SOURCES.md calls this a service host name; the file itself has the IP 192.0.2.1.
        expect(doc,
                "@timestamp", "2016-11-14T17:25:45Z",
                "event.action", "DeleteBucket",
                "event.provider", "s3.amazonaws.com",
                "event.outcome", "success",
                "event.category", "api",
                "event.type", "deletion",
                "aws.cloudtrail.user_identity.type", "AssumedRole",
                "user.name", "devdsk",
                "user.id", "AIDAQRSTUVWXYZEXAMPLE:devdsk",
                "aws.cloudtrail.user_identity.session_context.session_issuer.type", "Role",
                "aws.cloudtrail.user_identity.session_context.session_issuer.arn", "arn:aws:iam::777788889999:role/AssumeNothing",
                "aws.cloudtrail.user_identity.session_context.session_issuer.user_name", "AssumeNothing",
                "aws.cloudtrail.user_identity.session_context.session_issuer.account_id", "777788889999",
                "aws.cloudtrail.user_identity.session_context.mfa_authenticated", "false",
                "aws.cloudtrail.user_identity.session_context.creation_date", "2016-11-14T17:25:26Z",
                "aws.cloudtrail.mfa_used", "false",
                "source.ip", "192.0.2.1",
                "cloud.account.id", "777788889999",
                "cloud.region", "us-east-2",
                "user_agent.original", "[aws-cli/1.11.10 Python/2.7.8 Linux/3.2.45-0.6.wd.865.49.315.metal1.x86_64 botocore/1.4.67]",
                "aws.cloudtrail.request_id", "EXAMPLE463D56D4C",
                "aws.cloudtrail.request_parameters", "{\"bucketName\":\"my-test-bucket-cross-account\"}",
                "aws.cloudtrail.response_elements", ABSENT);
    }

    @Test
    void insightsLogFileWithStartAndEnd() throws IOException {
        Ingested ingested = ingest(INSIGHTS);
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.documents).extracting(Document::id)
                .containsExactly("EXAMPLE8-9621-4d00-b913-beca2EXAMPLE", "EXAMPLEc-28be-486c-8928-49ce6EXAMPLE");
        assertThat(ingested.documents).extracting(d -> d.location().toString())
                .containsExactly(INSIGHTS + " record 1", INSIGHTS + " record 2");
        expect(ingested.documents.get(0),
                "@timestamp", "2019-11-14T00:51:00Z",
                "event.kind", "alert",
                "event.action", "UpdateInstanceInformation",
                "event.provider", "ssm.amazonaws.com",
                "event.outcome", ABSENT,
                "cloud.account.id", "123456789012",
                "cloud.region", "us-east-1",
                "user.name", ABSENT,
                "source.address", ABSENT,
                "aws.cloudtrail.event_type", "AwsCloudTrailInsight",
                "aws.cloudtrail.event_category", "Insight",
                "aws.cloudtrail.shared_event_id", "EXAMPLE2-1729-42f1-b735-5d8c0EXAMPLE",
                "aws.cloudtrail.insight_details.state", "Start",
                "aws.cloudtrail.insight_details.insight_type", "ApiCallRateInsight",
                "aws.cloudtrail.insight_details.statistics.baseline_average", "85.4202380952",
                "aws.cloudtrail.insight_details.statistics.insight_average", "664.0",
                "aws.cloudtrail.insight_details.statistics.insight_duration", ABSENT);
        expect(ingested.documents.get(1),
                "@timestamp", "2019-11-14T00:52:00Z",
                "event.action", "UpdateInstanceInformation",
                "aws.cloudtrail.shared_event_id", "EXAMPLE2-1729-42f1-b735-5d8c0EXAMPLE",
                "aws.cloudtrail.insight_details.state", "End",
                "aws.cloudtrail.insight_details.statistics.insight_duration", "1.0");
    }

    @Test
    void accessDeniedCall() throws IOException {
        Document doc = ingest(ACCESS_DENIED).single();
        assertThat(doc.id()).isEqualTo("4a622d5c-e9cf-4051-90f2-4cdb69792cd8");
        expect(doc,
                "@timestamp", "2016-10-28T01:17:37Z",
                "event.action", "DeleteStateMachine",
                "event.provider", "states.amazonaws.com",
                "event.outcome", "failure",
                "error.code", "AccessDenied",
                "user.name", "test-user",
                "user.id", "AIDAJABK5MNKNAEXAMPLE",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "source.ip", "10.61.88.189",
                "cloud.account.id", "123456789012",
                "cloud.region", "us-east-1",
                "user_agent.original", "Coral/Netty",
                "aws.cloudtrail.mfa_used", ABSENT,
                "aws.cloudtrail.request_id", "2cf23f3c-9cac-11e6-aed5-5b57d226e9ef");
        assertThat(Ingested.text(doc, "error.message")).startsWith(
                "User: arn:aws:iam::123456789012:user/graphene/tests/test-user is not authorized to perform: "
                        + "states:DeleteStateMachine on resource:");
    }

    @Test
    void apiErrorInALogFile() throws IOException {
        Document doc = ingest(TRAIL_NOT_FOUND).single();
        assertThat(doc.id()).isEqualTo("b7d4398e-b2f0-4faa-9c76-e2d316a8d67f");
        expect(doc,
                "@timestamp", "2016-07-14T19:15:45Z",
                "event.action", "UpdateTrail",
                "event.provider", "cloudtrail.amazonaws.com",
                "event.outcome", "failure",
                "event.type", "change",
                "error.code", "TrailNotFoundException",
                "error.message", "Unknown trail: myTrail2 for the user: 123456789012",
                "user.name", "Alice",
                "user.id", "EX_PRINCIPAL_ID",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "source.ip", "205.251.233.182",
                "cloud.account.id", "123456789012",
                "cloud.region", "us-east-2",
                "aws.cloudtrail.request_parameters", "{\"name\":\"myTrail2\"}");
    }

    @Test
    void ndjsonOfConsoleSignIns() throws IOException {
        Ingested ingested = ingest(BEATS_NDJSON);
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.documents).hasSize(2);
        Document success = ingested.documents.get(0);
        Document failure = ingested.documents.get(1);
        assertThat(success.id()).isEqualTo("3fcfb182-98f8-4744-bd45-10aEXAMPLE");
        assertThat(success.location().toString()).isEqualTo(BEATS_NDJSON + " record 1");
        expect(success,
                "@timestamp", "2014-07-16T15:49:27Z",
                "event.action", "ConsoleLogin",
                "event.outcome", "success",
                "user.name", "JohnDoe",
                "user.id", "AIDACKCEVSQ6C2EXAMPLE",
                "aws.cloudtrail.user_identity.type", "IAMUser",
                "source.ip", "192.0.2.110",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-2",
                "aws.cloudtrail.mfa_used", "false");
        assertThat(failure.id()).isEqualTo("11ea990b-4678-4bcd-8fbe-625EXAMPLE");
        assertThat(failure.location().toString()).isEqualTo(BEATS_NDJSON + " record 2");
        expect(failure,
                "@timestamp", "2014-07-08T17:35:27Z",
                "event.outcome", "failure",
                "error.message", "Failed authentication",
                "user.name", "JaneDoe",
                "source.ip", "192.0.2.100",
                "cloud.account.id", "111122223333",
                "cloud.region", "us-east-2",
                "aws.cloudtrail.mfa_used", "false");
    }

    @Test
    void s3LogObjectWithServiceCallers() throws IOException {
        assertTrailscraper(ingest(TRAILSCRAPER), TRAILSCRAPER);
    }

    @Test
    void gzipLogObjectAsDeliveredToS3GivesTheSameDocuments() throws IOException {
        Ingested gzip = ingest(TRAILSCRAPER_GZ);
        assertTrailscraper(gzip, TRAILSCRAPER_GZ);
        assertThat(gzip.documents).extracting(Document::source)
                .isEqualTo(ingest(TRAILSCRAPER).documents.stream().map(Document::source).toList());
    }

    private static void assertTrailscraper(Ingested ingested, String name) {
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.documents).extracting(Document::id)
                .containsExactly("a0ed971f-389f-406a-9fcf-887c5ca6903a", "b25ff7e3-f1cf-4b7f-883d-b09168c454d5");
        assertThat(ingested.documents).extracting(d -> d.location().toString())
                .containsExactly(name + " record 1", name + " record 2");
        expect(ingested.documents.get(0),
                "@timestamp", "2017-12-11T15:01:51Z",
                "event.action", "DescribeLaunchConfigurations",
                "event.provider", "autoscaling.amazonaws.com",
                "event.outcome", "success",
                "event.category", "api",
                "event.type", "info",
                "aws.cloudtrail.user_identity.type", "AssumedRole",
                "user.name", "AutoScalingDescribeHandlerSession",
                "user.id", "AAAAAAAAAAAAAAAAAAAAA:AutoScalingDescribeHandlerSession",
                "aws.cloudtrail.user_identity.invoked_by", "config.amazonaws.com",
                "aws.cloudtrail.user_identity.session_context.session_issuer.user_name", "someRole",
                "aws.cloudtrail.user_identity.session_context.session_issuer.arn", "arn:aws:iam::111111111111:role/someRole",
                "source.ip", ABSENT,
                "source.address", "config.amazonaws.com",
                "user_agent.original", "config.amazonaws.com",
                "cloud.account.id", "111111111111",
                "cloud.region", "eu-central-1",
                "aws.cloudtrail.mfa_used", "false",
                "aws.cloudtrail.request_id", "796142d4-cbf6-11e7-8c53-9fdb2434bfb9",
                "vigil.resource.id", ABSENT);
        expect(ingested.documents.get(1),
                "@timestamp", "2017-12-11T15:04:51Z",
                "event.action", "AssumeRole",
                "event.provider", "sts.amazonaws.com",
                "event.outcome", "success",
                "event.category", "authentication",
                "aws.cloudtrail.user_identity.type", "AWSService",
                "user.name", "config.amazonaws.com",
                "user.id", ABSENT,
                "source.ip", ABSENT,
                "source.address", "config.amazonaws.com",
                "cloud.account.id", "111111111111",
                "cloud.region", "eu-central-1",
                "aws.cloudtrail.mfa_used", ABSENT,
                "vigil.resource.id", "arn:aws:iam::111111111111:role/someRole",
                "aws.cloudtrail.shared_event_id", "61742ed6-324a-4133-a3ee-1ead9cd1b75c",
                "aws.cloudtrail.request_id", "7955d159-cbf6-11e7-b30f-095c9db6bcb3");
    }
}
