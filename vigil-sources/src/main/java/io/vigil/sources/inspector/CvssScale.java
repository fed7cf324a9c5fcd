package io.vigil.sources.inspector;

import io.vigil.sources.finding.CvssScore;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.json.JsonFields;

/**
 * Scores on the CVSS 0–10 scale (Inspector scores, CVSS base scores, Classic numeric severities), and
 * the severity CVSS v3 names for them: 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical.
 * No score, or 0.0 ("none" in CVSS), is {@link Severity#INFO}.
 */
final class CvssScale {

    private CvssScale() {
    }

    /** The score in this field, or {@code null} when absent, not a number or off the 0–10 scale. */
    static Double read(JsonFields parent, String field) {
        return CvssScore.onScale(parent.number(field));
    }

    static Severity severity(Double score) {
        if (score == null || score <= 0) {
            return Severity.INFO;
        }
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        return score >= 4.0 ? Severity.MEDIUM : Severity.LOW;
    }
}
