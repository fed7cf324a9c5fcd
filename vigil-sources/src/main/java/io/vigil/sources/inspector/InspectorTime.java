package io.vigil.sources.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.input.EventTime;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The timestamps of Inspector findings, in the three forms they arrive in:
 * <ul>
 *   <li>a number of epoch seconds, with a fraction: the services' JSON protocols ({@code ListFindings},
 *       Classic {@code DescribeFindings}) and the AWS CLI output of them;</li>
 *   <li>an ISO-8601 date-time with offset: exports and SDK serializations ({@code 2024-02-02T16:30:33.045000+01:00});</li>
 *   <li>{@code Dec 3, 2021, 6:02:30 PM}: what EventBridge "Inspector2 Finding" events carry. It has no zone;
 *       it is UTC (the same events' own {@code time} is {@code 2021-12-03T18:02:30Z}).</li>
 * </ul>
 */
final class InspectorTime {

    private static final DateTimeFormatter EVENTBRIDGE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);

    private InspectorTime() {
    }

    /**
     * The update time of a finding, which every Inspector finding has: a finding without one is refused,
     * as its updates could not be put in order.
     *
     * @param what the kind of finding, for the error message ("Inspector finding")
     * @param id   the finding's id, for the error message
     */
    static Instant updatedAt(JsonFields finding, String what, String id) throws BadRecordException {
        Instant updatedAt = optional(finding, "updatedAt");
        if (updatedAt == null) {
            throw new BadRecordException(what + " " + id + " has no updatedAt: its updates cannot be put in order (every "
                    + what + " has one)");
        }
        return updatedAt;
    }

    /** The time in this field, or {@code null} when the field is absent or null. */
    static Instant optional(JsonFields finding, String field) throws BadRecordException {
        JsonNode node = finding.get(field);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            if (!Double.isFinite(node.doubleValue())) {
                throw new BadRecordException(field + " " + Quoted.of(node.toString()) + " is outside 1970-2199");
            }
            return epochSeconds(node.decimalValue(), field);
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new BadRecordException(field + " is " + Quoted.of(node.toString())
                    + ": not a time (epoch seconds, ISO-8601 or 'Dec 3, 2021, 6:02:30 PM')");
        }
        String text = node.asText().trim();
        if (Character.isDigit(text.charAt(0))) {
            return EventTime.parse(text, field);
        }
        try {
            // This is Java's MEDIUM en_US style; since CLDR 42 (Java 20) that style puts U+202F before AM/PM.
            text = text.replace('\u202f', ' ');
            return EventTime.within(LocalDateTime.parse(text, EVENTBRIDGE).toInstant(ZoneOffset.UTC), field);
        } catch (DateTimeParseException e) {
            throw new BadRecordException(field + " " + Quoted.of(text)
                    + " is not a time Inspector writes (epoch seconds, ISO-8601 or 'Dec 3, 2021, 6:02:30 PM')");
        }
    }

    private static Instant epochSeconds(BigDecimal seconds, String field) throws BadRecordException {
        if (seconds.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)) > 0) {
            throw new BadRecordException(field + " " + Quoted.of(seconds.toPlainString()) + " is outside 1970-2199");
        }
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValue();
        return EventTime.within(Instant.ofEpochSecond(whole.longValueExact(), nanos), field);
    }
}
