package io.vigil.sources.cloudtrail;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.sources.json.BoundedJson;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudTrailNormalizerTest {

    private final CloudTrailNormalizer normalizer = new CloudTrailNormalizer();

    private Document normalize(String json) throws BadRecordException {
        List<Document> out = new ArrayList<>();
        normalizer.normalize(new RawRecord(SourceLocation.whole("t.json").record(1), json), out::add);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    /** A minimal record with the given fields added (each a JSON member, e.g. {@code "errorCode":"X"}). */
    private static String record(String... members) {
        return "{\"eventID\":\"id-1\",\"eventTime\":\"2026-11-02T08:00:00Z\",\"eventName\":\"ListBuckets\","
                + "\"eventSource\":\"s3.amazonaws.com\"" + (members.length > 0 ? "," + String.join(",", members) : "") + "}";
    }

    @Test
    void idTimestampAndDatasetComeFromTheRecord() throws BadRecordException {
        Document doc = normalize(record("\"awsRegion\":\"eu-west-1\""));
        assertThat(doc.id()).isEqualTo("id-1");
        assertThat(doc.dataset()).isEqualTo("cloudtrail");
        assertThat(doc.timestamp()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(doc.location().toString()).isEqualTo("t.json record 1");
        assertThat(text(doc, "event.dataset")).isEqualTo("aws.cloudtrail");
        assertThat(text(doc, "cloud.provider")).isEqualTo("aws");
        assertThat(text(doc, "event.outcome")).isEqualTo("success");
    }

    @Test
    void anOffsetEventTimeIsNormalizedToUtc() throws BadRecordException {
        Document doc = normalize(record().replace("2026-11-02T08:00:00Z", "2026-11-02T09:00:00.123+01:00"));
        assertThat(doc.timestamp()).isEqualTo(Instant.parse("2026-11-02T08:00:00.123Z"));
        assertThat(text(doc, "@timestamp")).isEqualTo("2026-11-02T08:00:00.123Z");
    }

    @Test
    void anErrorCodeMeansFailure() throws BadRecordException {
        Document doc = normalize(record("\"errorCode\":\"AccessDenied\",\"errorMessage\":\"no\""));
        assertThat(text(doc, "event.outcome")).isEqualTo("failure");
        assertThat(text(doc, "error.code")).isEqualTo("AccessDenied");
        assertThat(text(doc, "error.message")).isEqualTo("no");
    }

    @Test
    void sourceIpOnlyForIpLiterals() throws BadRecordException {
        assertThat(text(normalize(record("\"sourceIPAddress\":\"2001:db8::8a2e:370:7334\"")), "source.ip"))
                .isEqualTo("2001:db8::8a2e:370:7334");
        for (String notAnIp : List.of("AWS Internal", "config.amazonaws.com", "1.2.3.4; drop", "256.1.1.1", "localhost")) {
            Document doc = normalize(record("\"sourceIPAddress\":\"" + notAnIp + "\""));
            assertThat(node(doc, "source.ip")).as(notAnIp).isNull();
            assertThat(text(doc, "source.address")).isEqualTo(notAnIp);
        }
    }

    @Test
    void identityTypesGiveUserNames() throws BadRecordException {
        Document federated = normalize(record("\"userIdentity\":{\"type\":\"FederatedUser\",\"principalId\":\"111122223333:Bob\","
                + "\"arn\":\"arn:aws:sts::111122223333:federated-user/Bob\",\"accountId\":\"111122223333\","
                + "\"sessionContext\":{\"attributes\":{\"mfaAuthenticated\":\"true\"},\"sessionIssuer\":{\"type\":\"IAMUser\","
                + "\"userName\":\"fed-broker\"}}}"));
        assertThat(text(federated, "user.name")).isEqualTo("Bob");
        assertThat(text(federated, "aws.cloudtrail.user_identity.type")).isEqualTo("FederatedUser");
        assertThat(text(federated, "aws.cloudtrail.user_identity.session_context.session_issuer.user_name")).isEqualTo("fed-broker");
        assertThat(node(federated, "aws.cloudtrail.mfa_used").booleanValue()).isTrue();
        assertThat(text(federated, "cloud.account.id")).isEqualTo("111122223333");

        Document unknown = normalize(record("\"userIdentity\":{\"principalId\":\"x\",\"userName\":\"someone\"}"));
        assertThat(text(unknown, "aws.cloudtrail.user_identity.type")).isEqualTo("Unknown");
        assertThat(text(unknown, "user.name")).isEqualTo("someone");
    }

    @Test
    void readOnlyAndManagementFlagsAreBooleansWhetherGivenAsBooleansOrText() throws BadRecordException {
        Document doc = normalize(record("\"readOnly\":true", "\"managementEvent\":\"false\""));
        assertThat(node(doc, "aws.cloudtrail.read_only").isBoolean()).isTrue();
        assertThat(node(doc, "aws.cloudtrail.read_only").booleanValue()).isTrue();
        assertThat(node(doc, "aws.cloudtrail.management_event").booleanValue()).isFalse();
    }

    @Test
    void everyResourceArnGoesToTheResourceIds() throws BadRecordException {
        Document doc = normalize(record("\"resources\":[{\"ARN\":\"arn:aws:s3:::b\",\"type\":\"AWS::S3::Bucket\"},"
                + "{\"ARN\":\"arn:aws:s3:::b/k\",\"type\":\"AWS::S3::Object\"},{\"type\":\"no arn\"}]"));
        assertThat(node(doc, "vigil.resource.id").toString()).isEqualTo("[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/k\"]");
    }

    @Test
    void hugePayloadsAreCutWithAMarkerAndNotFlattened() throws BadRecordException {
        String big = "y".repeat(100_000);
        Document doc = normalize(record("\"requestParameters\":{\"policy\":\"" + big + "\"}"));
        String kept = text(doc, "aws.cloudtrail.request_parameters");
        assertThat(kept).startsWith("{\"policy\":\"yyy").endsWith("...[truncated: 100013 characters in all]");
        assertThat(kept.length()).isLessThan(BoundedJson.MAX_CHARS + 50);
        assertThat(node(doc, "aws.cloudtrail.flattened.request_parameters")).isNull();
    }

    @Test
    void deepPayloadsAreKeptAsTextOnly() throws BadRecordException {
        String deep = "{\"a\":".repeat(25) + "1" + "}".repeat(25);
        Document doc = normalize(record("\"requestParameters\":" + deep));
        assertThat(text(doc, "aws.cloudtrail.request_parameters")).isEqualTo(deep);
        assertThat(node(doc, "aws.cloudtrail.flattened.request_parameters")).isNull();
        Document shallow = normalize(record("\"requestParameters\":{\"a\":{\"b\":[1,2]}}"));
        assertThat(node(shallow, "aws.cloudtrail.flattened.request_parameters").toString()).isEqualTo("{\"a\":{\"b\":[1,2]}}");
    }

    @Test
    void hostileStringsPassThroughAsData() throws BadRecordException {
        String hostile = "<script>alert(1)</script>\\u0000\\u001b[31m=cmd|' /C calc'!A0 \\u202e\\ud83d\\ude00";
        Document doc = normalize(record("\"userAgent\":\"" + hostile + "\"", "\"errorMessage\":\"" + hostile + "\"",
                "\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"" + hostile + "\"}"));
        for (String path : List.of("user_agent.original", "error.message", "user.name")) {
            assertThat(text(doc, path)).contains("<script>", "\u0000", "\u001b", "\u202e", "\ud83d\ude00");
        }
    }

    @Test
    void normalizingIsAPureFunction() throws BadRecordException {
        String json = record("\"requestParameters\":{\"a\":1}", "\"sourceIPAddress\":\"192.0.2.1\"");
        assertThat(normalize(json).source()).isEqualTo(normalize(json).source());
    }

    @Test
    void recordsWithoutIdOrTimeOrWithBadValuesSayWhatIsWrong() {
        assertThatThrownBy(() -> normalize("{\"eventTime\":\"2026-11-02T08:00:00Z\"}"))
                .isInstanceOf(BadRecordException.class).hasMessageStartingWith("missing eventID");
        assertThatThrownBy(() -> normalize("{\"eventID\":\"x\"}")).hasMessageStartingWith("missing eventTime");
        assertThatThrownBy(() -> normalize(record().replace("2026-11-02T08:00:00Z", "yesterday")))
                .hasMessage("eventTime 'yesterday' is not an ISO-8601 date-time with offset (e.g. 2026-11-27T10:15:30Z)");
        assertThatThrownBy(() -> normalize(record().replace("2026-11-02T08:00:00Z", "9999-01-01T00:00:00Z")))
                .hasMessage("eventTime 9999-01-01T00:00:00Z is outside 1970-2199");
        assertThatThrownBy(() -> normalize(record().replace("id-1", "i".repeat(200))))
                .hasMessageContaining("eventID of 200 characters is longer than 128");
        assertThatThrownBy(() -> normalize("[1]")).hasMessage("a CloudTrail record is a JSON object, this is a JSON array");
        assertThatThrownBy(() -> normalize("{\"eventID\":")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> normalize("CWL CONTROL MESSAGE")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> normalize(record() + " {}")).hasMessageStartingWith("not valid JSON");
    }
}
