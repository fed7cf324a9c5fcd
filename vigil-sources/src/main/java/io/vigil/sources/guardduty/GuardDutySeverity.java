package io.vigil.sources.guardduty;

import io.vigil.sources.finding.Severity;

/**
 * GuardDuty's numeric severity and the level it names, by GuardDuty's ranges: Low 1.0–3.9,
 * Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. A value between two ranges (3.95) belongs to the
 * lower one; values below 1.0, which GuardDuty reserves, count as Low. Security Hub copies of
 * GuardDuty findings carry the same numeric severity and are ranked the same way.
 *
 * @param level the normalized severity
 * @param label GuardDuty's own name for the level, as its console shows it
 */
public record GuardDutySeverity(Severity level, String label) {

    /** The highest severity GuardDuty gives. */
    public static final double MAX = 10.0;

    public static GuardDutySeverity of(double score) {
        if (score >= 9.0) {
            return new GuardDutySeverity(Severity.CRITICAL, "Critical");
        }
        if (score >= 7.0) {
            return new GuardDutySeverity(Severity.HIGH, "High");
        }
        if (score >= 4.0) {
            return new GuardDutySeverity(Severity.MEDIUM, "Medium");
        }
        return new GuardDutySeverity(Severity.LOW, "Low");
    }
}
