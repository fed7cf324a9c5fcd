package io.vigil.core.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One pre-aggregation of a rollup: counts of the source's events per period (an hour, a day or a week) by the
 * rollup's common dimensions and the group's own fields. Each group counts every event exactly once,
 * so any group answers counts by the common dimensions alone.
 *
 * @param id       names the group in its documents ({@link RollupSpec#GROUP_FIELD})
 * @param fields   keyword or boolean fields of the source, each with one value per event
 * @param centroid a {@code geo_point} field whose centre per rolled-up row is kept, or null
 * @param period   how much time one document covers: an hour; a day for fields whose values recur
 *                 all day (users, sessions), where a day's rows are hardly more than an hour's; a week
 *                 where they recur all week too. Periods are counted from the epoch in UTC, so a day
 *                 starts at midnight and a week on a Thursday at midnight, and each longer period
 *                 starts where a shorter one does.
 */
public record RollupGroup(String id, List<String> fields, String centroid, Duration period) {

    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);
    public static final Duration WEEK = Duration.ofDays(7);
    private static final List<Duration> PERIODS = List.of(HOUR, DAY, WEEK);

    public RollupGroup {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
        if (!PERIODS.contains(period)) {
            throw new IllegalArgumentException("rollup group " + id + " covers an hour, a day or a week, not " + period);
        }
    }

    /** An hourly group. */
    public RollupGroup(String id, List<String> fields) {
        this(id, fields, null, HOUR);
    }

    /** The start of the period the instant falls in. */
    public Instant periodStart(Instant instant) {
        long millis = instant.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, period.toMillis()));
    }

    /** The start of the first whole period at or after the instant. */
    public Instant nextPeriodStart(Instant instant) {
        Instant start = periodStart(instant);
        return start.equals(instant) ? start : start.plus(period);
    }
}
