package io.vigil.sources.s3;

/**
 * What a backfill did with the objects it listed.
 *
 * @param objects log files read (each reported to {@code onObject} or, when it failed, to {@code problems})
 * @param failed  of those, objects that could not be read or stored
 * @param skipped objects listed but left out: outside the log layout or outside the dates (the folders of
 *                other services, of digest files and of days outside the dates are not listed at all)
 */
public record BackfillSummary(long objects, long failed, long skipped) {
}
