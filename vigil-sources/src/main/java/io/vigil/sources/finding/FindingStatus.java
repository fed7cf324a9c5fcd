package io.vigil.sources.finding;

import java.util.Locale;

/**
 * Where a finding stands. What makes one resolved is defined per source (DESIGN.md "Findings"):
 * Inspector {@code CLOSED}; GuardDuty archived, or no longer reported (reconciliation sweep);
 * Security Hub {@code RecordState: ARCHIVED} or workflow {@code RESOLVED}.
 */
public enum FindingStatus {
    OPEN, SUPPRESSED, RESOLVED;

    /** The value of {@code status}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
