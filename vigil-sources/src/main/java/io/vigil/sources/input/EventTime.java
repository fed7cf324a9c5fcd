package io.vigil.sources.input;

import io.vigil.core.pipeline.BadRecordException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An event's own time, which names its index: an ISO-8601 date-time with an offset, within 1970-2199
 * (a wild year would create a wild index). The common {@code 2026-11-02T08:00:00Z} form is read by
 * position (a general date-time parser costs several times the rest of a field); any other form is
 * read by {@link OffsetDateTime#parse}.
 */
public final class EventTime {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final String CANONICAL_SHAPE = "dddd-dd-ddTdd:dd:ddZ";

    private EventTime() {
    }

    /**
     * @param field the record's name for the time, used in error messages
     */
    public static Instant parse(String text, String field) throws BadRecordException {
        Instant time;
        try {
            time = isCanonical(text) ? canonical(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new BadRecordException(field + " '" + (text.length() <= 64 ? text : text.substring(0, 64) + "...")
                    + "' is not an ISO-8601 date-time with offset (e.g. 2026-11-27T10:15:30Z)");
        }
        return within(time, field);
    }

    /** The time, if it lies within 1970-2199. */
    public static Instant within(Instant time, String field) throws BadRecordException {
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
            throw new BadRecordException(field + " " + time + " is outside 1970-2199");
        }
        return time;
    }

    /** Whether the text has CloudTrail's own shape, {@code yyyy-MM-ddTHH:mm:ssZ} (digits not yet range-checked). */
    public static boolean isCanonical(String text) {
        if (text == null || text.length() != CANONICAL_SHAPE.length()) {
            return false;
        }
        for (int i = 0; i < CANONICAL_SHAPE.length(); i++) {
            char expected = CANONICAL_SHAPE.charAt(i);
            char c = text.charAt(i);
            if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        return true;
    }

    private static Instant canonical(String text) {
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeParseException("time out of range", text, 11);
        }
        long day = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)).toEpochDay();
        return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
