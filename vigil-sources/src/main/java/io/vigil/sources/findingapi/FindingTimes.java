package io.vigil.sources.findingapi;

import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.input.EventTime;
import java.time.Instant;
import java.util.Optional;

/** Update times that GuardDuty and Security Hub models hold as ISO-8601 text. */
final class FindingTimes {

    private FindingTimes() {
    }

    /** The time, or empty when absent or unreadable (the normalizer reports such a finding). */
    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventTime.parse(text, "updatedAt"));
        } catch (BadRecordException e) {
            return Optional.empty();
        }
    }
}
