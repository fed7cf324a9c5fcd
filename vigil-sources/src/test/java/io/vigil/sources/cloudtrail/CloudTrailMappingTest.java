package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.IndexMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index mapping covers every field the normalizer writes (with {@code dynamic: false}, an unmapped field is not searchable). */
class CloudTrailMappingTest {

    private static final String RICH = "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROA:s\","
            + "\"arn\":\"arn:aws:sts::1:assumed-role/R/s\",\"accountId\":\"1\",\"accessKeyId\":\"ASIA\",\"userName\":\"u\","
            + "\"invokedBy\":\"x.amazonaws.com\",\"identityProvider\":\"idp\",\"sessionContext\":{\"sourceIdentity\":\"si\","
            + "\"attributes\":{\"creationDate\":\"2026-11-01T00:00:00Z\",\"mfaAuthenticated\":\"true\"},"
            + "\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROA\",\"arn\":\"arn:aws:iam::1:role/R\",\"accountId\":\"1\","
            + "\"userName\":\"R\"}}},\"eventTime\":\"2026-11-02T08:00:00Z\",\"eventSource\":\"s3.amazonaws.com\","
            + "\"eventName\":\"PutObject\",\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"192.0.2.1\",\"userAgent\":\"ua\","
            + "\"errorCode\":\"AccessDenied\",\"errorMessage\":\"denied\",\"requestParameters\":{\"a\":1},"
            + "\"responseElements\":{\"b\":2},\"additionalEventData\":{\"MFAUsed\":\"No\"},\"serviceEventDetails\":{\"c\":3},"
            + "\"requestID\":\"r\",\"eventID\":\"e\",\"readOnly\":false,\"resources\":[{\"ARN\":\"arn:aws:s3:::b\",\"accountId\":\"1\","
            + "\"type\":\"AWS::S3::Bucket\"}],\"eventType\":\"AwsApiCall\",\"apiVersion\":\"v\",\"managementEvent\":true,"
            + "\"recipientAccountId\":\"1\",\"sharedEventID\":\"s\",\"vpcEndpointId\":\"vpce-1\",\"eventCategory\":\"Management\","
            + "\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"c\",\"clientProvidedHostHeader\":\"h\"}}";
    private static final String INSIGHT = "{\"eventVersion\":\"1.07\",\"eventTime\":\"2019-11-14T00:51:00Z\",\"awsRegion\":\"us-east-1\","
            + "\"eventID\":\"i\",\"eventType\":\"AwsCloudTrailInsight\",\"recipientAccountId\":\"1\",\"sharedEventID\":\"s\","
            + "\"insightDetails\":{\"state\":\"Start\",\"eventSource\":\"ssm.amazonaws.com\",\"eventName\":\"X\","
            + "\"insightType\":\"ApiErrorRateInsight\",\"errorCode\":\"E\",\"insightContext\":{\"statistics\":{\"baseline\":"
            + "{\"average\":1.5},\"insight\":{\"average\":9},\"insightDuration\":3}}},\"eventCategory\":\"Insight\"}";

    private static Document normalize(String json) throws BadRecordException {
        Document[] out = new Document[1];
        new CloudTrailNormalizer().normalize(new RawRecord(SourceLocation.whole("m").record(1), json), d -> out[0] = d);
        return out[0];
    }

    @Test
    void everyWrittenFieldIsMapped() throws Exception {
        List<Document> documents = new ArrayList<>();
        for (String record : new String[] {RICH, INSIGHT, CloudTrailDecoderTest.record("x", "2026-11-02T08:00:00Z")}) {
            documents.add(normalize(record));
        }
        IndexMapping.of(CloudTrailDataset.INDEX).assertMapsEveryField(documents);
    }

    @Test
    void theMappingIsStrictTypedAndBounded() throws Exception {
        IndexMapping mapping = IndexMapping.of(CloudTrailDataset.INDEX);
        JsonNode mappings = mapping.json();
        assertThat(mappings.get("dynamic").asBoolean(true)).isFalse();
        Map<String, String> mapped = mapping.types();
        assertThat(mapped).containsEntry("@timestamp", "date").containsEntry("source.ip", "ip")
                .containsEntry("source.geo.location", "geo_point").containsEntry("aws.cloudtrail.mfa_used", "boolean")
                .containsEntry("aws.cloudtrail.read_only", "boolean").containsEntry("vigil.resource.id", "keyword")
                .containsEntry("aws.cloudtrail.flattened.request_parameters", "vigil_flat")
                .containsEntry("event.category", "keyword").containsEntry("cloud.account.id", "keyword");
        JsonNode properties = mappings.get("properties");
        mapped.forEach((path, type) -> {
            if (type.equals("keyword")) {
                JsonNode definition = properties;
                String[] segments = path.split("\\.");
                for (int i = 0; i < segments.length; i++) {
                    definition = definition.get(segments[i]);
                    if (i < segments.length - 1) {
                        definition = definition.get("properties");
                    }
                }
                assertThat(definition.path("ignore_above").asInt(0)).as(path + " ignore_above").isBetween(1, 8191);
            }
        });
    }
}
