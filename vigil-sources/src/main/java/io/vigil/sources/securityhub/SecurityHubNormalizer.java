package io.vigil.sources.securityhub;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.aws.Arn;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.input.EventTime;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.JsonRecord;
import io.vigil.sources.json.Quoted;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One bare ASFF finding (PascalCase, as {@code GetFindings} and EventBridge write it; camelCase also
 * read) to one {@link FindingUpdate}, emitted as a finding event and the finding's latest state.
 * <ul>
 *   <li>Identity: {@link AsffIdentity} (a copy of a GuardDuty or Inspector finding is that finding).
 *       Order: {@code UpdatedAt}, required. Seen: {@code FirstObservedAt} (else {@code CreatedAt}) and
 *       {@code LastObservedAt}; for GuardDuty copies GuardDuty's own {@code eventFirstSeen} and
 *       {@code eventLastSeen} where the product fields have them. An {@code UpdatedAt} that is not an
 *       ISO-8601 date-time within 1970-2199 refuses the record; such a first or last seen time is
 *       left out and marked in {@code finding.missing}.</li>
 *   <li>Severity: {@link AsffSeverity}. Status: {@link AsffStatus}.</li>
 *   <li>Type: {@link AsffType}. Region: {@code Region},
 *       else the region of the {@code ProductArn}. A missing {@code AwsAccountId} is accepted and
 *       marked missing.</li>
 *   <li>Product, generator, compliance and workflow status, record state, remediation text and URL
 *       ({@code SourceUrl}, else the remediation's) as {@code finding.*}; the ASFF {@code Id} of a copy
 *       as {@code finding.copy_id}; {@code ProductFields} and {@code Resources} as the details.</li>
 * </ul>
 */
public final class SecurityHubNormalizer implements Normalizer {

    private static final String PRODUCT_NAME = "aws/securityhub/ProductName";

    @Override
    public void normalize(RawRecord record, Consumer<Document> out) throws BadRecordException {
        JsonFields finding = JsonFields.eitherFirstLetterCase(
                JsonRecord.object(record.text(), "an ASFF finding", "Security Hub finding"));
        AsffIdentity identity = AsffIdentity.of(finding);
        String updatedAt = finding.text("UpdatedAt");
        if (updatedAt == null) {
            throw new BadRecordException("ASFF finding " + Quoted.of(identity.nativeId())
                    + " has no UpdatedAt: its updates cannot be put in order (every ASFF finding has one)");
        }
        GuardDutyProductFields guardDuty = identity.isCopyOf(CopiedService.GUARDDUTY)
                ? new GuardDutyProductFields(finding) : null;
        AsffSeverity severity = AsffSeverity.of(finding, identity);
        AsffStatus status = AsffStatus.of(finding, identity);
        String productArn = Arn.canonical(finding.text("ProductArn"));
        JsonFields recommendation = finding.child("Remediation").child("Recommendation");
        FindingUpdate.Builder update = FindingUpdate.builder(identity.source(), identity.nativeId(), SecurityHubDataset.NAME)
                .updatedAt(EventTime.parse(updatedAt, "UpdatedAt"))
                .type(AsffType.of(finding.texts("Types"), identity.copied()))
                .title(finding.text("Title"))
                .description(finding.text("Description"))
                .severity(severity.level())
                .score(severity.score())
                .severityLabel(severity.label())
                .status(status.status(), status.why())
                .account(finding.text("AwsAccountId"))
                .region(region(finding, productArn))
                .details(AsffDetails.of(finding))
                .field("finding.product", product(finding, productArn))
                .field("finding.generator", Arn.canonical(finding.text("GeneratorId")))
                .field("finding.compliance_status", finding.child("Compliance").text("Status"))
                .field("finding.workflow_status", AsffStatus.workflowStatus(finding))
                .field("finding.record_state", finding.text("RecordState"))
                .field("finding.copy_id", identity.copyId())
                .field("finding.remediation", recommendation.text("Text"));
        update.firstSeen(seen(update, "finding.first_seen", guardDuty == null ? null : guardDuty.service("eventFirstSeen"),
                finding.text("FirstObservedAt"), finding.text("CreatedAt")));
        update.lastSeen(seen(update, "finding.last_seen", guardDuty == null ? null : guardDuty.service("eventLastSeen"),
                finding.text("LastObservedAt")));
        String sourceUrl = finding.text("SourceUrl");
        update.field("finding.url", sourceUrl != null ? sourceUrl : recommendation.text("Url"));
        AsffResources.write(finding, identity.copied(), update);
        AsffVulnerabilities.write(finding, update);
        if (guardDuty != null) {
            guardDuty.write(update);
        }
        FindingDocuments.emit(update.build(), record.location(), out);
    }

    /**
     * The first of the given times that is an ISO-8601 date-time within 1970-2199. When times were
     * given but none is one (DefectDojo's samples carry {@code LastObservedAt} in the year 2200), the
     * field is left out and marked missing: a wrong last-seen time is no reason to lose the update.
     */
    private static Instant seen(FindingUpdate.Builder update, String path, String... texts) {
        boolean given = false;
        for (String text : texts) {
            if (text != null) {
                given = true;
                try {
                    return EventTime.parse(text, path);
                } catch (BadRecordException e) {
                    // the next candidate, if any
                }
            }
        }
        if (given) {
            update.missing(path);
        }
        return null;
    }

    /** {@code Region}, else the region of the product ARN ({@code arn:aws:securityhub:us-east-1::product/...}). */
    private static String region(JsonFields finding, String productArn) {
        String region = finding.text("Region");
        return Arn.isRegion(region) ? region : Arn.regionOf(productArn);
    }

    /** {@code ProductName}, else Security Hub's name for it in the product fields, else the ARN's last part. */
    private static String product(JsonFields finding, String productArn) {
        String name = finding.text("ProductName");
        if (name == null) {
            name = ProductFields.of(finding).text(PRODUCT_NAME);
        }
        if (name == null && productArn.contains(":product/")) {
            name = productArn.substring(productArn.lastIndexOf('/') + 1);
        }
        return name;
    }
}
