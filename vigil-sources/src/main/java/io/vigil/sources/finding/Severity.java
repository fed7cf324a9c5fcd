package io.vigil.sources.finding;

import java.util.Locale;
import java.util.Optional;

/** The normalized severity every finding carries beside its source's own score and label. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** The value of {@code finding.severity}: {@code info} … {@code critical}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A label as the AWS services write it ({@code INFORMATIONAL}, {@code Low}, {@code HIGH}, ...);
     * empty for labels that name no severity ({@code UNTRIAGED}, {@code Undefined}).
     */
    public static Optional<Severity> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return switch (label.trim().toUpperCase(Locale.ROOT)) {
            case "INFORMATIONAL", "INFO" -> Optional.of(INFO);
            case "LOW" -> Optional.of(LOW);
            case "MEDIUM" -> Optional.of(MEDIUM);
            case "HIGH" -> Optional.of(HIGH);
            case "CRITICAL" -> Optional.of(CRITICAL);
            default -> Optional.empty();
        };
    }

    /** A score on ASFF's 0–100 {@code Severity.Normalized} scale, by ASFF's label ranges. */
    public static Severity fromNormalized(double score) {
        if (score >= 90) {
            return CRITICAL;
        }
        if (score >= 70) {
            return HIGH;
        }
        if (score >= 40) {
            return MEDIUM;
        }
        return score >= 1 ? LOW : INFO;
    }
}
