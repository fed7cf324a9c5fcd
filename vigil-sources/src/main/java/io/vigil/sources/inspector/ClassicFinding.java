package io.vigil.sources.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.aws.Arn;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.json.JsonFields;
import java.time.Instant;
import java.util.Optional;

/**
 * One Inspector Classic finding, a {@code DescribeFindings} element, as a finding update. Classic reached
 * its end of life: this is an import format for findings kept from it.
 *
 * <ul>
 *   <li>Identity: {@code arn}; order: {@code updatedAt}. A Classic finding belongs to one assessment run
 *       and is seen once: first and last seen are its {@code createdAt}.</li>
 *   <li>Account and region: from the ARN (Classic findings name no account).</li>
 *   <li>Severity: the label ({@code High}, {@code Medium}, {@code Low}, {@code Informational});
 *       {@code Undefined} is ranked by {@code numericSeverity} on the CVSS ranges. Score: {@code numericSeverity}.</li>
 *   <li>Resource: the EC2 instance of {@code assetAttributes.agentId}. Status: open (Classic has none).
 *       No finding type: Classic has none.</li>
 * </ul>
 */
final class ClassicFinding {

    private static final String KIND = "Inspector Classic finding";
    /** The only asset type Classic assessed. */
    private static final String EC2_INSTANCE = "ec2-instance";
    private static final String[] DETAILS = {"id", "assetAttributes", "serviceAttributes", "attributes",
        "userAttributes"};

    private ClassicFinding() {
    }

    /** Whether the object is a Classic finding: an Inspector ARN and the service's attributes. */
    static boolean is(JsonFields finding) {
        Optional<Arn> arn = Arn.parse(finding.text("arn"));
        return arn.isPresent() && "inspector".equals(arn.get().service())
                && (finding.node().has("serviceAttributes") || finding.node().has("assetAttributes"));
    }

    static FindingUpdate read(JsonFields finding) throws BadRecordException {
        String arn = FindingIds.required(finding, "arn", KIND);
        String label = finding.text("severity");
        Double numericSeverity = CvssScale.read(finding, "numericSeverity");
        Arn parts = Arn.parse(arn).orElseThrow();
        String assetType = finding.text("assetType");
        Instant createdAt = InspectorTime.optional(finding, "createdAt");
        return FindingUpdate.builder(FindingSource.INSPECTOR, arn, InspectorDataset.NAME)
                .updatedAt(InspectorTime.updatedAt(finding, KIND, arn))
                .firstSeen(createdAt)
                .lastSeen(createdAt)
                .title(finding.text("title"))
                .description(finding.text("description"))
                .severity(Severity.fromLabel(label).orElseGet(() -> CvssScale.severity(numericSeverity)))
                .severityLabel(label)
                .score(numericSeverity)
                .account(parts.account())
                .region(parts.region())
                .resource(assetType != null ? assetType : EC2_INSTANCE, finding.child("assetAttributes").text("agentId"))
                .field("finding.remediation", finding.text("recommendation"))
                .details(details(finding))
                .build();
    }

    /** What the mapping has no fields for: the rule id, the host, the run and rules package, the attributes. */
    private static ObjectNode details(JsonFields finding) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (String name : DETAILS) {
            JsonNode value = finding.get(name);
            if (value != null) {
                details.set(name, value);
            }
        }
        return details;
    }
}
