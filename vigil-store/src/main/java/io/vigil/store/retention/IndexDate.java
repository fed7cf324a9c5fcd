package io.vigil.store.retention;

import io.vigil.core.pipeline.IndexSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The period a time-based index covers, read from its name: {@code vigil-ecs-2026.11} is November 2026. */
final class IndexDate {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu.MM.dd");

    private IndexDate() {
    }

    /**
     * When the period of the index ends (the newest event it can hold is just before), or empty when
     * the name is not the spec's prefix followed by a date in the spec's form.
     */
    static Optional<Instant> periodEnd(IndexSpec spec, String indexName) {
        String head = spec.prefix() + "-";
        if (spec.rollover() == IndexSpec.Rollover.NONE || !indexName.startsWith(head)) {
            return Optional.empty();
        }
        String suffix = indexName.substring(head.length());
        try {
            return Optional.of(switch (spec.rollover()) {
                case MONTHLY -> YearMonth.parse(suffix, MONTH).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
                case DAILY -> LocalDate.parse(suffix, DAY).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                case NONE -> throw new IllegalStateException("latest-state indices have no date");
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
