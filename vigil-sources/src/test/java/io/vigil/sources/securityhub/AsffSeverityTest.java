package io.vigil.sources.securityhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.json.JsonFields;
import org.junit.jupiter.api.Test;

class AsffSeverityTest {

    private static AsffSeverity severity(ObjectNode finding) throws BadRecordException {
        JsonFields fields = AsffSample.fields(finding);
        return AsffSeverity.of(fields, AsffIdentity.of(fields));
    }

    private static ObjectNode withSeverity(ObjectNode finding, String severityJson) {
        finding.set("Severity", AsffSample.tree(severityJson));
        return finding;
    }

    @Test
    void theLabelNamesTheLevelAndTheProductScoreStandsBesideIt() throws BadRecordException {
        assertThat(severity(withSeverity(AsffSample.finding(), "{\"Label\":\"CRITICAL\",\"Normalized\":10,\"Product\":8.5}")))
                .isEqualTo(new AsffSeverity(Severity.CRITICAL, 8.5, "CRITICAL"));
        assertThat(severity(withSeverity(AsffSample.finding(), "{\"Label\":\"INFORMATIONAL\",\"Normalized\":0}")))
                .isEqualTo(new AsffSeverity(Severity.INFO, 0.0, "INFORMATIONAL"));
    }

    @Test
    void withoutALabelThatNamesALevelTheNormalizedScoreDoes() throws BadRecordException {
        assertThat(severity(withSeverity(AsffSample.finding(), "{\"Normalized\":75}")))
                .isEqualTo(new AsffSeverity(Severity.HIGH, 75.0, null));
        assertThat(severity(withSeverity(AsffSample.finding(), "{\"Label\":\"UNTRIAGED\",\"Normalized\":39}")))
                .isEqualTo(new AsffSeverity(Severity.LOW, 39.0, "UNTRIAGED"));
        assertThat(severity(withSeverity(AsffSample.finding(), "{\"normalized\":90}")).level()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aFindingWithoutSeverityIsRefused() {
        ObjectNode none = AsffSample.finding();
        none.remove("Severity");

        assertThatThrownBy(() -> severity(none)).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("has no Severity");
        for (String unusable : new String[] {"{}", "{\"Normalized\":101}", "{\"Normalized\":-1}", "{\"Normalized\":\"50\"}",
            "{\"Label\":\"bad\"}", "\"HIGH\""}) {
            assertThatThrownBy(() -> severity(withSeverity(AsffSample.finding(), unusable))).as(unusable)
                    .isInstanceOf(BadRecordException.class).hasMessageContaining("neither Severity.Label nor Severity.Normalized");
        }
    }

    @Test
    void guardDutyCopiesAreRankedByGuardDutysRanges() throws BadRecordException {
        double[] scores = {0.5, 1.0, 3.9, 3.95, 4.0, 6.9, 7.0, 8.9, 9.0, 10.0};
        Severity[] levels = {Severity.LOW, Severity.LOW, Severity.LOW, Severity.LOW, Severity.MEDIUM, Severity.MEDIUM,
            Severity.HIGH, Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL};
        String[] labels = {"Low", "Low", "Low", "Low", "Medium", "Medium", "High", "High", "Critical", "Critical"};
        for (int i = 0; i < scores.length; i++) {
            ObjectNode copy = withSeverity(AsffSample.guardDutyCopy(), "{\"Product\":" + scores[i] + ",\"Label\":\"MEDIUM\"}");
            assertThat(severity(copy)).as("%s", scores[i]).isEqualTo(new AsffSeverity(levels[i], scores[i], labels[i]));
        }
        assertThat(severity(withSeverity(AsffSample.guardDutyCopy(), "{\"Original\":\"7.2\",\"Label\":\"HIGH\"}")))
                .as("Original replaces the deprecated Product").isEqualTo(new AsffSeverity(Severity.HIGH, 7.2, "High"));
        assertThat(severity(withSeverity(AsffSample.guardDutyCopy(), "{\"Product\":80,\"Label\":\"HIGH\",\"Normalized\":80}")))
                .as("no GuardDuty severity: read as any ASFF finding").isEqualTo(new AsffSeverity(Severity.HIGH, 80.0, "HIGH"));
    }

    @Test
    void inspectorCopiesScoreInspectorsScore() throws BadRecordException {
        assertThat(severity(withSeverity(AsffSample.inspectorCopy(), "{\"Label\":\"HIGH\",\"Normalized\":70}")))
                .isEqualTo(new AsffSeverity(Severity.HIGH, 7.5, "HIGH"));
        ObjectNode unscored = withSeverity(AsffSample.inspectorCopy(), "{\"Label\":\"HIGH\",\"Normalized\":70}");
        ((ObjectNode) unscored.get("ProductFields")).put("aws/inspector/inspectorScore", "NaN");
        assertThat(severity(unscored)).isEqualTo(new AsffSeverity(Severity.HIGH, 70.0, "HIGH"));
    }
}
