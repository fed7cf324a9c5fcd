package io.vigil.core.rollup;

import java.util.List;
import java.util.Objects;

/**
 * One pre-aggregation of a rollup: hourly counts of the source's events by the rollup's common
 * dimensions and the group's own fields. Each group counts every event exactly once, so any group
 * answers counts by the common dimensions alone.
 *
 * @param id       names the group in its documents ({@link RollupSpec#GROUP_FIELD})
 * @param fields   keyword or boolean fields of the source, each with one value per event
 * @param centroid a {@code geo_point} field whose centre per rolled-up row is kept, or null
 */
public record RollupGroup(String id, List<String> fields, String centroid) {

    public RollupGroup {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
    }

    public RollupGroup(String id, List<String> fields) {
        this(id, fields, null);
    }
}
