package io.vigil.web.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * What a panel asks: the documents of a dataset of its dashboard, narrowed by filters, with the time
 * range on the dataset's time field or on {@code time_field}, and what to compute over them.
 */
public record PanelQuery(String dataset, String timeField, List<FieldFilter> filters, Aggregation aggregation) {

    public PanelQuery {
        Objects.requireNonNull(dataset, "a query needs 'dataset'");
        Objects.requireNonNull(aggregation, "a query needs 'aggregation'");
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
