package io.vigil.sources.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.aws.Arn;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingStatus;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.finding.VulnerablePackages;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;
import java.util.Locale;

/**
 * One Amazon Inspector (v2) finding, a {@code ListFindings} element or the detail of an EventBridge
 * "Inspector2 Finding" event, as a finding update.
 *
 * <ul>
 *   <li>Identity: {@code findingArn}. Order: {@code updatedAt}. Seen: {@code firstObservedAt},
 *       {@code lastObservedAt}.</li>
 *   <li>Severity: the label as given; {@code UNTRIAGED} (no vendor severity yet) and unknown labels are
 *       ranked by {@code inspectorScore} on the CVSS ranges ({@link CvssScale}), {@code info} without it.</li>
 *   <li>Status: {@code ACTIVE} open, {@code SUPPRESSED} suppressed, {@code CLOSED} resolved; any other
 *       status is refused (a guess could reopen or close a finding).</li>
 *   <li>Region: the first resource's region that names one (EventBridge events say {@code N/A}), else
 *       the finding ARN's. A missing {@code awsAccountId} is accepted and marked missing.</li>
 *   <li>CVSS score: {@link UsedCvss}. Packages: {@link VulnerablePackages}.</li>
 * </ul>
 */
final class InspectorV2Finding {

    private static final String KIND = "Inspector finding";
    private static final String[] DETAILS = {"exploitabilityDetails", "networkReachabilityDetails",
        "codeVulnerabilityDetails"};

    private InspectorV2Finding() {
    }

    /** Whether the object is an Inspector v2 finding: it has a {@code findingArn}. */
    static boolean is(JsonFields finding) {
        return finding.node().has("findingArn");
    }

    static FindingUpdate read(JsonFields finding) throws BadRecordException {
        String arn = FindingIds.required(finding, "findingArn", KIND);
        String label = finding.text("severity");
        Double inspectorScore = CvssScale.read(finding, "inspectorScore");
        FindingUpdate.Builder update = FindingUpdate.builder(FindingSource.INSPECTOR, arn, InspectorDataset.NAME)
                .updatedAt(InspectorTime.updatedAt(finding, KIND, arn))
                .firstSeen(InspectorTime.optional(finding, "firstObservedAt"))
                .lastSeen(InspectorTime.optional(finding, "lastObservedAt"))
                .type(finding.text("type"))
                .title(finding.text("title"))
                .description(finding.text("description"))
                .severity(Severity.fromLabel(label).orElseGet(() -> CvssScale.severity(inspectorScore)))
                .severityLabel(label)
                .score(inspectorScore)
                .account(finding.text("awsAccountId"))
                .region(region(finding, arn));
        status(finding, arn, update);
        for (JsonFields resource : finding.elements("resources")) {
            update.resource(resource.text("type"), resource.text("id"));
        }
        vulnerability(finding, inspectorScore, update);
        JsonFields recommendation = finding.child("remediation").child("recommendation");
        update.field("finding.remediation", recommendation.text("text"))
                .field("finding.url", recommendation.text("Url"))
                .details(details(finding));
        return update.build();
    }

    private static void status(JsonFields finding, String arn, FindingUpdate.Builder update) throws BadRecordException {
        String status = finding.text("status");
        switch (status == null ? "" : status.toUpperCase(Locale.ROOT)) {
            case "ACTIVE" -> update.status(FindingStatus.OPEN, null);
            case "SUPPRESSED" -> update.status(FindingStatus.SUPPRESSED, "suppressed");
            case "CLOSED" -> update.status(FindingStatus.RESOLVED, "closed");
            default -> throw new BadRecordException(KIND + " " + arn
                    + (status == null ? " has no status" : " has status " + Quoted.of(status))
                    + ": expected ACTIVE, SUPPRESSED or CLOSED");
        }
    }

    private static String region(JsonFields finding, String arn) {
        for (JsonFields resource : finding.elements("resources")) {
            String region = resource.text("region");
            if (Arn.isRegion(region)) {
                return region;
            }
        }
        return Arn.regionOf(arn);
    }

    private static void vulnerability(JsonFields finding, Double inspectorScore, FindingUpdate.Builder update) {
        JsonFields details = finding.child("packageVulnerabilityDetails");
        update.field("vulnerability.id", details.text("vulnerabilityId"))
                .field("vulnerability.reference", details.text("sourceUrl"))
                .field("vulnerability.inspector_score", inspectorScore)
                .field("vulnerability.epss", finding.child("epss").number("score"))
                .field("vulnerability.fix_available", finding.text("fixAvailable"))
                .field("vulnerability.exploit_available", finding.text("exploitAvailable"));
        UsedCvss.of(finding).ifPresent(cvss -> cvss.writeTo(update));
        VulnerablePackages.of(details.elements("vulnerablePackages")).writeTo(update);
    }

    /** What the mapping has no fields for: the resources' details and tags, exploit, network path, code location. */
    private static ObjectNode details(JsonFields finding) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        JsonNode resources = finding.get("resources");
        if (resources != null && resources.isArray() && !resources.isEmpty()) {
            details.set("resources", resources);
        }
        for (String name : DETAILS) {
            JsonNode value = finding.get(name);
            if (value != null && value.isObject()) {
                details.set(name, value);
            }
        }
        return details;
    }
}
