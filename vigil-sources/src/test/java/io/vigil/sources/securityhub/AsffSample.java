package io.vigil.sources.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/** Small ASFF findings written for the tests, and what the normalizer makes of them. */
final class AsffSample {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PRODUCT = "arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default";
    static final String GUARDDUTY_PRODUCT = "arn:aws:securityhub:eu-west-1::product/aws/guardduty";
    static final String INSPECTOR_PRODUCT = "arn:aws:securityhub:eu-west-1::product/aws/inspector";
    static final String GUARDDUTY_ARN = "arn:aws:guardduty:eu-west-1:111122223333:detector/d1/finding/f1";
    static final String INSPECTOR_ARN = "arn:aws:inspector2:eu-west-1:111122223333:finding/abc123";

    private AsffSample() {
    }

    /** A third-party finding with what ASFF requires. */
    static ObjectNode finding() {
        return parse("""
                {"SchemaVersion": "2018-10-08", "Id": "finding-1", "ProductArn": "%s", "GeneratorId": "scanner",
                 "AwsAccountId": "111122223333", "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
                 "CreatedAt": "2026-11-02T08:00:00Z", "UpdatedAt": "2026-11-02T09:00:00Z",
                 "Severity": {"Label": "HIGH"}, "Title": "A title", "Description": "A description",
                 "Resources": [{"Type": "Other", "Id": "resource-1"}]}
                """.formatted(PRODUCT));
    }

    /** A Security Hub copy of a GuardDuty finding. */
    static ObjectNode guardDutyCopy() {
        ObjectNode finding = finding().put("Id", GUARDDUTY_ARN).put("ProductArn", GUARDDUTY_PRODUCT);
        finding.putObject("Severity").put("Product", 5).put("Label", "MEDIUM").put("Normalized", 50);
        return finding;
    }

    /** A Security Hub copy of an Inspector finding. */
    static ObjectNode inspectorCopy() {
        ObjectNode finding = finding().put("Id", INSPECTOR_ARN).put("ProductArn", INSPECTOR_PRODUCT);
        finding.putObject("ProductFields").put("aws/inspector/FindingStatus", "ACTIVE")
                .put("aws/inspector/inspectorScore", "7.5");
        return finding;
    }

    static ObjectNode parse(String json) {
        return (ObjectNode) tree(json);
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonFields fields(ObjectNode finding) {
        return JsonFields.eitherFirstLetterCase(finding);
    }

    /** The finding event of one finding, after checking the latest state came with it. */
    static Document normalize(ObjectNode finding) throws BadRecordException {
        List<Document> out = normalize(finding.toString());
        assertThat(out).hasSize(2);
        return out.get(0);
    }

    static List<Document> normalize(String text) throws BadRecordException {
        List<Document> out = new ArrayList<>();
        new SecurityHubNormalizer().normalize(new RawRecord(SourceLocation.whole("t.json").record(1), text), out::add);
        return out;
    }
}
