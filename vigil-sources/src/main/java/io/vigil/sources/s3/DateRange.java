package io.vigil.sources.s3;

import java.time.LocalDate;

/** Days from {@code since} to {@code until}, both included; either end may be open ({@code null}). */
public record DateRange(LocalDate since, LocalDate until) {

    public DateRange {
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("the date range is empty: since " + since + " is after until " + until);
        }
    }

    public static DateRange all() {
        return new DateRange(null, null);
    }

    public boolean contains(LocalDate day) {
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }

    /** Whether any day from {@code first} to {@code last} is in the range. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return (since == null || !last.isBefore(since)) && (until == null || !first.isAfter(until));
    }
}
