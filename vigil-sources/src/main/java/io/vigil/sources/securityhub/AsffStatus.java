package io.vigil.sources.securityhub;

import io.vigil.sources.finding.FindingStatus;
import io.vigil.sources.json.JsonFields;
import java.util.Locale;

/**
 * Where an ASFF finding stands, and why when it is not open.
 *
 * <p>Security Hub findings, first rule that applies:
 * <ol>
 *   <li>{@code RecordState: ARCHIVED} (the product no longer reports it): resolved, {@code archived};</li>
 *   <li>{@code Workflow.Status: RESOLVED}: resolved, {@code workflow_resolved};</li>
 *   <li>{@code Workflow.Status: SUPPRESSED}: suppressed, {@code suppressed};</li>
 *   <li>{@code Compliance.Status: PASSED} (a control check that passes): resolved, {@code compliance_passed}.
 *       Security Hub itself sets the workflow status of a control finding to RESOLVED when its compliance
 *       status is PASSED, and back to NEW when it fails again ("Setting the workflow status of findings",
 *       Security Hub user guide); findings from before it did so, like those of 2020, still say NEW.
 *       A passing control is therefore resolved whatever its workflow says, and a failure reopens it
 *       with its newer update;</li>
 *   <li>otherwise ({@code NEW}, {@code NOTIFIED}): open.</li>
 * </ol>
 * The deprecated {@code WorkflowState} stands in for {@code Workflow.Status} where that is absent.
 *
 * <p>Copies of GuardDuty and Inspector findings are decided by what their service says, as the
 * service's own findings are, so the finding's status does not depend on the path it came by; the
 * workflow is Security Hub's triage of the copy, kept in {@code finding.workflow_status}:
 * <ul>
 *   <li>Inspector: its status in {@code ProductFields["aws/inspector/FindingStatus"]}: {@code ACTIVE}
 *       open, {@code SUPPRESSED} suppressed, {@code CLOSED} resolved ({@code closed}); without it,
 *       {@code RecordState: ARCHIVED} resolves ({@code archived});</li>
 *   <li>GuardDuty: {@code ProductFields["aws/guardduty/service/archived"]: true} or
 *       {@code RecordState: ARCHIVED} resolves ({@code archived}).</li>
 * </ul>
 */
record AsffStatus(FindingStatus status, String why) {

    static final String INSPECTOR_STATUS = "aws/inspector/FindingStatus";
    static final String GUARDDUTY_ARCHIVED = "aws/guardduty/service/archived";
    private static final AsffStatus OPEN = new AsffStatus(FindingStatus.OPEN, null);
    private static final AsffStatus ARCHIVED = new AsffStatus(FindingStatus.RESOLVED, "archived");

    static AsffStatus of(JsonFields finding, AsffIdentity identity) {
        JsonFields productFields = ProductFields.of(finding);
        boolean archived = "ARCHIVED".equals(upper(finding.text("RecordState")));
        if (identity.isCopyOf(CopiedService.INSPECTOR)) {
            String status = upper(productFields.text(INSPECTOR_STATUS));
            if ("ACTIVE".equals(status)) {
                return OPEN;
            }
            if ("SUPPRESSED".equals(status)) {
                return new AsffStatus(FindingStatus.SUPPRESSED, "suppressed");
            }
            if ("CLOSED".equals(status)) {
                return new AsffStatus(FindingStatus.RESOLVED, "closed");
            }
            return archived ? ARCHIVED : OPEN;
        }
        if (identity.isCopyOf(CopiedService.GUARDDUTY)) {
            return archived || "TRUE".equals(upper(productFields.text(GUARDDUTY_ARCHIVED))) ? ARCHIVED : OPEN;
        }
        String workflow = upper(workflowStatus(finding));
        if (archived) {
            return ARCHIVED;
        }
        if ("RESOLVED".equals(workflow)) {
            return new AsffStatus(FindingStatus.RESOLVED, "workflow_resolved");
        }
        if ("SUPPRESSED".equals(workflow)) {
            return new AsffStatus(FindingStatus.SUPPRESSED, "suppressed");
        }
        if ("PASSED".equals(upper(finding.child("Compliance").text("Status")))) {
            return new AsffStatus(FindingStatus.RESOLVED, "compliance_passed");
        }
        return OPEN;
    }

    /** {@code Workflow.Status}, else the deprecated {@code WorkflowState}. */
    static String workflowStatus(JsonFields finding) {
        String status = finding.child("Workflow").text("Status");
        return status != null ? status : finding.text("WorkflowState");
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
