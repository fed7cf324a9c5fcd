package io.vigil.sources.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sources.finding.Severity;
import org.junit.jupiter.api.Test;

/** GuardDuty's ranges (guardduty_findings-severity.html): Low 1.0–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. */
class GuardDutySeverityTest {

    @Test
    void theEdgesOfEachRange() {
        assertLevel(0.0, Severity.LOW, "Low");
        assertLevel(1.0, Severity.LOW, "Low");
        assertLevel(3.9, Severity.LOW, "Low");
        assertLevel(3.95, Severity.LOW, "Low");
        assertLevel(4.0, Severity.MEDIUM, "Medium");
        assertLevel(6.9, Severity.MEDIUM, "Medium");
        assertLevel(7.0, Severity.HIGH, "High");
        assertLevel(8.9, Severity.HIGH, "High");
        assertLevel(9.0, Severity.CRITICAL, "Critical");
        assertLevel(10.0, Severity.CRITICAL, "Critical");
    }

    private static void assertLevel(double score, Severity level, String label) {
        assertThat(GuardDutySeverity.of(score)).as(Double.toString(score)).isEqualTo(new GuardDutySeverity(level, label));
    }
}
