package io.vigil.sources.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.FindingStatus;
import io.vigil.sources.json.JsonFields;
import org.junit.jupiter.api.Test;

class AsffStatusTest {

    private static AsffStatus status(ObjectNode finding) throws BadRecordException {
        JsonFields fields = AsffSample.fields(finding);
        return AsffStatus.of(fields, AsffIdentity.of(fields));
    }

    private static ObjectNode with(ObjectNode finding, String workflow, String recordState, String compliance) {
        if (workflow != null) {
            finding.putObject("Workflow").put("Status", workflow);
        }
        if (recordState != null) {
            finding.put("RecordState", recordState);
        }
        if (compliance != null) {
            finding.putObject("Compliance").put("Status", compliance);
        }
        return finding;
    }

    private static ObjectNode finding(String workflow, String recordState, String compliance) {
        return with(AsffSample.finding(), workflow, recordState, compliance);
    }

    @Test
    void securityHubFindingsByRecordStateThenWorkflowThenCompliance() throws BadRecordException {
        assertThat(status(finding("NEW", "ACTIVE", null))).isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
        assertThat(status(finding("NOTIFIED", "ACTIVE", "FAILED"))).isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
        assertThat(status(finding(null, null, null))).isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
        assertThat(status(finding("NEW", "ARCHIVED", "FAILED"))).isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
        assertThat(status(finding("SUPPRESSED", "ARCHIVED", null))).isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
        assertThat(status(finding("RESOLVED", "ACTIVE", "FAILED")))
                .isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "workflow_resolved"));
        assertThat(status(finding("SUPPRESSED", "ACTIVE", "PASSED")))
                .as("a suppression is the user's word, kept over a passing check")
                .isEqualTo(new AsffStatus(FindingStatus.SUPPRESSED, "suppressed"));
        assertThat(status(finding("NEW", "ACTIVE", "PASSED")))
                .as("Security Hub resolves passing control findings itself; older findings still say NEW")
                .isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "compliance_passed"));
        assertThat(status(finding("NEW", "ACTIVE", "WARNING"))).isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
        assertThat(status(finding("new", "archived", null))).as("any letter case")
                .isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
    }

    @Test
    void theDeprecatedWorkflowStateStandsInForAMissingWorkflow() throws BadRecordException {
        assertThat(status(AsffSample.finding().put("WorkflowState", "RESOLVED")))
                .isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "workflow_resolved"));
        assertThat(status(finding("NEW", null, null).put("WorkflowState", "RESOLVED")))
                .isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
    }

    @Test
    void inspectorCopiesFollowInspectorsStatusNotTheWorkflow() throws BadRecordException {
        ObjectNode closed = with(AsffSample.inspectorCopy(), "NEW", "ARCHIVED", null);
        ((ObjectNode) closed.get("ProductFields")).put("aws/inspector/FindingStatus", "CLOSED");
        ObjectNode suppressed = AsffSample.inspectorCopy();
        ((ObjectNode) suppressed.get("ProductFields")).put("aws/inspector/FindingStatus", "SUPPRESSED");
        ObjectNode noStatus = with(AsffSample.inspectorCopy(), "NEW", "ARCHIVED", null);
        ((ObjectNode) noStatus.get("ProductFields")).remove("aws/inspector/FindingStatus");

        assertThat(status(closed)).isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "closed"));
        assertThat(status(suppressed)).isEqualTo(new AsffStatus(FindingStatus.SUPPRESSED, "suppressed"));
        assertThat(status(with(AsffSample.inspectorCopy(), "RESOLVED", "ACTIVE", null)))
                .as("Inspector says ACTIVE: resolving the copy in Security Hub does not fix the vulnerability")
                .isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
        assertThat(status(noStatus)).isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
    }

    @Test
    void guardDutyCopiesAreResolvedWhenArchived() throws BadRecordException {
        ObjectNode archived = AsffSample.guardDutyCopy();
        archived.putObject("ProductFields").put("aws/guardduty/service/archived", "true");

        assertThat(status(archived)).isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
        assertThat(status(with(AsffSample.guardDutyCopy(), "NEW", "ARCHIVED", null)))
                .isEqualTo(new AsffStatus(FindingStatus.RESOLVED, "archived"));
        assertThat(status(with(AsffSample.guardDutyCopy(), "RESOLVED", "ACTIVE", null)))
                .isEqualTo(new AsffStatus(FindingStatus.OPEN, null));
    }
}
