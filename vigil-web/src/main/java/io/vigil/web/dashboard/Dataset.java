package io.vigil.web.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * Where a dashboard's panels read: an index pattern (as the engine takes it, e.g.
 * {@code vigil-cloudtrail-*}), the date field the time range applies to, and filters every query on
 * it carries (e.g. {@code finding.source: inspector}).
 */
public record Dataset(String index, String timeField, List<FieldFilter> filters) {

    public Dataset {
        Objects.requireNonNull(index, "a dataset needs 'index'");
        Objects.requireNonNull(timeField, "the dataset on '" + index + "' needs 'time_field'");
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
