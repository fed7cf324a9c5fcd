package io.vigil.core.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A row of the data contract: the index family a dataset writes to, how it rolls over (named from
 * each event's own timestamp), the mapping resource its template is built from, and how long its
 * indices are kept by default.
 *
 * @param prefix           index name prefix, e.g. {@code vigil-ecs}
 * @param rollover         how the index name carries the event date
 * @param mappingResource  class-path resource with the {@code mappings} JSON of the template
 * @param defaultRetention how long indices are kept; {@code null} for latest-state indices
 * @param datasetField     for a family several datasets write to, the keyword field whose value is the
 *                         dataset's name (e.g. {@code finding.reported_by}); {@code null} otherwise
 */
public record IndexSpec(String prefix, Rollover rollover, String mappingResource, Duration defaultRetention,
                        String datasetField) {

    /** A family one dataset writes to. */
    public IndexSpec(String prefix, Rollover rollover, String mappingResource, Duration defaultRetention) {
        this(prefix, rollover, mappingResource, defaultRetention, null);
    }

    /** How an index name carries the event date. */
    public enum Rollover {
        MONTHLY("yyyy.MM"), DAILY("yyyy.MM.dd"), NONE(null);

        private final DateTimeFormatter format;

        Rollover(String pattern) {
            this.format = pattern == null ? null : DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
        }

        public DateTimeFormatter format() {
            return format;
        }
    }

    /** The index a document with this event time goes to, e.g. {@code vigil-ecs-2026.11}. */
    public String indexFor(Instant eventTime) {
        return rollover == Rollover.NONE ? prefix : prefix + "-" + rollover.format().format(eventTime);
    }

    /** The pattern that matches every index of this family. */
    public String pattern() {
        return rollover == Rollover.NONE ? prefix : prefix + "-*";
    }
}
