package io.vigil.sources.securityhub;

import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.CvssScore;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.guardduty.GuardDutySeverity;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;

/**
 * The severity of an ASFF finding: the normalized level, the score beside it and the label shown.
 * <ul>
 *   <li>Security Hub findings: the level of {@code Severity.Label} ({@code INFORMATIONAL} …
 *       {@code CRITICAL}), else of {@code Severity.Normalized} (0–100) by ASFF's ranges; the score is
 *       {@code Severity.Product} (the product's own), else {@code Normalized}; the label is {@code Label}.</li>
 *   <li>GuardDuty copies: as GuardDuty's own findings are read, so the finding's severity does not
 *       depend on the path it came by: {@code Severity.Product} is GuardDuty's numeric severity (in
 *       newer copies {@code Severity.Original}, which replaces the deprecated {@code Product}), its
 *       level and label by {@link GuardDutySeverity GuardDuty's ranges} (older copies carry a
 *       {@code Label} computed otherwise, e.g. MEDIUM for 2).</li>
 *   <li>Inspector copies: the level of the {@code Label} (Inspector's own severity), the score
 *       Inspector's score ({@code ProductFields["aws/inspector/inspectorScore"]}), as Inspector's
 *       findings are read.</li>
 * </ul>
 */
record AsffSeverity(Severity level, Double score, String label) {

    private static final double NORMALIZED_MAX = 100.0;
    private static final String INSPECTOR_SCORE = "aws/inspector/inspectorScore";

    static AsffSeverity of(JsonFields finding, AsffIdentity identity) throws BadRecordException {
        JsonFields severity = finding.child("Severity");
        String label = severity.text("Label");
        Double normalized = severity.number("Normalized");
        if (normalized != null && (normalized < 0 || normalized > NORMALIZED_MAX)) {
            normalized = null;
        }
        Double product = severity.number("Product");
        if (identity.isCopyOf(CopiedService.GUARDDUTY)) {
            Double guardDuty = product != null ? product : decimal(severity.text("Original"));
            if (guardDuty != null && guardDuty >= 0 && guardDuty <= GuardDutySeverity.MAX) {
                GuardDutySeverity ranked = GuardDutySeverity.of(guardDuty);
                return new AsffSeverity(ranked.level(), guardDuty, ranked.label());
            }
        }
        Severity level = Severity.fromLabel(label).orElse(normalized == null ? null : Severity.fromNormalized(normalized));
        if (level == null) {
            throw new BadRecordException("ASFF finding " + Quoted.of(identity.nativeId()) + " has "
                    + (severity.exists() ? "neither Severity.Label nor Severity.Normalized" : "no Severity")
                    + ": every ASFF finding has one (Label INFORMATIONAL to CRITICAL, or Normalized 0-100)");
        }
        Double score = product != null ? product : normalized;
        if (identity.isCopyOf(CopiedService.INSPECTOR)) {
            Double inspectorScore = inspectorScore(finding);
            if (inspectorScore != null) {
                score = inspectorScore;
            }
        }
        return new AsffSeverity(level, score, label);
    }

    /** Inspector's score of a copy of its finding, on the CVSS scale; {@code null} when it has none. */
    static Double inspectorScore(JsonFields finding) {
        return CvssScore.onScale(decimal(ProductFields.of(finding).text(INSPECTOR_SCORE)));
    }

    /** A number GuardDuty or Inspector wrote as text in {@code ProductFields}; {@code null} when not one. */
    static Double decimal(String text) {
        if (text == null || text.length() > 32) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
