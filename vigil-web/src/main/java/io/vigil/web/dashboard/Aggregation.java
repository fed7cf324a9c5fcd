package io.vigil.web.dashboard;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a panel computes over the documents its query selects, in a small vocabulary that OpenSearch,
 * Elasticsearch and, later, Kibana saved objects all express ({@code "kind"} in JSON).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Aggregation.Count.class, name = "count"),
    @JsonSubTypes.Type(value = Aggregation.DistinctCount.class, name = "distinct_count"),
    @JsonSubTypes.Type(value = Aggregation.Terms.class, name = "terms"),
    @JsonSubTypes.Type(value = Aggregation.Filters.class, name = "filters"),
    @JsonSubTypes.Type(value = Aggregation.DateHistogram.class, name = "date_histogram"),
    @JsonSubTypes.Type(value = Aggregation.DateSeries.class, name = "date_series"),
    @JsonSubTypes.Type(value = Aggregation.AverageDuration.class, name = "average_duration"),
    @JsonSubTypes.Type(value = Aggregation.Table.class, name = "table"),
    @JsonSubTypes.Type(value = Aggregation.Geo.class, name = "geo")
})
public sealed interface Aggregation {

    /** The name of the kind, as in JSON. */
    String kind();

    /** The visualizations that can draw its answer. */
    Set<Visualization> drawnAs();

    /** The fields it reads, for checking declarations against the mappings. */
    List<FieldUse> fields();

    /** The number of documents. */
    record Count() implements Aggregation {
        public String kind() {
            return "count";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.METRIC);
        }

        public List<FieldUse> fields() {
            return List.of();
        }
    }

    /** The number of distinct values of a field (exact up to 40,000 values, approximate beyond). */
    record DistinctCount(String field) implements Aggregation {
        public DistinctCount {
            Objects.requireNonNull(field, "distinct_count needs 'field'");
        }

        public String kind() {
            return "distinct_count";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.METRIC);
        }

        public List<FieldUse> fields() {
            return List.of(FieldUse.aggregated(field));
        }
    }

    /**
     * The most frequent values of a field, by document count, or by the distinct values of
     * {@code distinct} in each (e.g. CVEs per severity).
     */
    record Terms(String field, int size, String distinct) implements Aggregation {
        public Terms {
            Objects.requireNonNull(field, "terms needs 'field'");
            if (size < 1 || size > 500) {
                throw new IllegalArgumentException("terms on '" + field + "' needs a 'size' from 1 to 500, not " + size);
            }
        }

        public String kind() {
            return "terms";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.BAR, Visualization.PIE, Visualization.SELECT);
        }

        public List<FieldUse> fields() {
            return distinct == null ? List.of(FieldUse.aggregated(field))
                    : List.of(FieldUse.aggregated(field), FieldUse.aggregated(distinct));
        }
    }

    /** Named buckets, each the documents matching its filters (e.g. console logins without MFA). */
    record Filters(List<Bucket> buckets) implements Aggregation {
        public Filters {
            if (buckets == null || buckets.isEmpty()) {
                throw new IllegalArgumentException("filters needs at least one bucket in 'buckets'");
            }
            buckets = List.copyOf(buckets);
        }

        public record Bucket(String label, List<FieldFilter> filters) {
            public Bucket {
                Objects.requireNonNull(label, "a filters bucket needs 'label'");
                if (filters == null || filters.isEmpty()) {
                    throw new IllegalArgumentException("the filters bucket '" + label + "' needs 'filters'");
                }
                filters = List.copyOf(filters);
            }
        }

        public String kind() {
            return "filters";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.BAR, Visualization.PIE);
        }

        public List<FieldUse> fields() {
            return buckets.stream().flatMap(b -> b.filters().stream()).map(f -> FieldUse.aggregated(f.field())).toList();
        }
    }

    /**
     * Documents per time interval along the panel's time field (the interval follows the time
     * range), optionally one series per top value of {@code split}.
     */
    record DateHistogram(Split split) implements Aggregation {
        public record Split(String field, int size) {
            public Split {
                Objects.requireNonNull(field, "a split needs 'field'");
                if (size < 1 || size > 20) {
                    throw new IllegalArgumentException("the split on '" + field + "' needs a 'size' from 1 to 20");
                }
            }
        }

        public String kind() {
            return "date_histogram";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.BAR, Visualization.LINE, Visualization.AREA);
        }

        public List<FieldUse> fields() {
            return split == null ? List.of() : List.of(FieldUse.aggregated(split.field()));
        }
    }

    /**
     * Several series over the same documents, each along its own date field within the time range
     * (e.g. findings opened by {@code finding.first_seen} against resolved by {@code finding.resolved_at}).
     */
    record DateSeries(List<Series> series) implements Aggregation {
        public DateSeries {
            if (series == null || series.isEmpty()) {
                throw new IllegalArgumentException("date_series needs at least one entry in 'series'");
            }
            series = List.copyOf(series);
        }

        public record Series(String label, String field) {
            public Series {
                Objects.requireNonNull(label, "a date series needs 'label'");
                Objects.requireNonNull(field, "the date series '" + label + "' needs 'field'");
            }
        }

        public String kind() {
            return "date_series";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.BAR, Visualization.LINE, Visualization.AREA);
        }

        public List<FieldUse> fields() {
            return series.stream().map(s -> FieldUse.date(s.field())).toList();
        }
    }

    /**
     * The mean time from {@code start} to {@code end} over documents that have both, computed as
     * avg(end) - avg(start), which equals avg(end - start) on the same documents and needs no script.
     */
    record AverageDuration(String start, String end) implements Aggregation {
        public AverageDuration {
            Objects.requireNonNull(start, "average_duration needs 'start'");
            Objects.requireNonNull(end, "average_duration needs 'end'");
        }

        public String kind() {
            return "average_duration";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.METRIC);
        }

        public List<FieldUse> fields() {
            return List.of(FieldUse.date(start), FieldUse.date(end));
        }
    }

    /** Matching documents as rows of the columns, sorted, a page at a time. */
    record Table(List<Column> columns, List<Sort> sort, int pageSize) implements Aggregation {
        public Table {
            if (columns == null || columns.isEmpty()) {
                throw new IllegalArgumentException("table needs at least one column in 'columns'");
            }
            columns = List.copyOf(columns);
            sort = sort == null ? List.of() : List.copyOf(sort);
            if (pageSize < 1 || pageSize > 100) {
                throw new IllegalArgumentException("table needs a 'page_size' from 1 to 100, not " + pageSize);
            }
        }

        public record Column(String field, String title) {
            public Column {
                Objects.requireNonNull(field, "a column needs 'field'");
                Objects.requireNonNull(title, "the column '" + field + "' needs 'title'");
            }
        }

        public record Sort(String field, String order) {
            public Sort {
                Objects.requireNonNull(field, "a sort needs 'field'");
                order = order == null ? "asc" : order;
                if (!order.equals("asc") && !order.equals("desc")) {
                    throw new IllegalArgumentException("the sort on '" + field + "' needs 'order' asc or desc");
                }
            }
        }

        public String kind() {
            return "table";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.TABLE);
        }

        public List<FieldUse> fields() {
            List<FieldUse> uses = new ArrayList<>();
            columns.forEach(c -> uses.add(new FieldUse(c.field(), FieldUse.Need.SHOWN)));
            sort.forEach(s -> uses.add(FieldUse.aggregated(s.field())));
            return uses;
        }
    }

    /**
     * Where documents are, from a geo_point field: one point per value of {@code group_by} (e.g. a
     * country) at the centroid of its documents, or else one point per map tile of zoom
     * {@code precision} (1 to 12, default 5) at the centroid of the documents in it.
     */
    record Geo(String field, String groupBy, Integer precision) implements Aggregation {
        public static final int DEFAULT_PRECISION = 5;

        public Geo {
            Objects.requireNonNull(field, "geo needs 'field' (a geo_point)");
            if (groupBy != null && precision != null) {
                throw new IllegalArgumentException("geo on '" + field + "' takes 'group_by' or 'precision', not both");
            }
            if (groupBy == null) {
                precision = precision == null ? DEFAULT_PRECISION : precision;
                if (precision < 1 || precision > 12) {
                    throw new IllegalArgumentException("geo on '" + field + "' needs a 'precision' from 1 to 12");
                }
            }
        }

        public String kind() {
            return "geo";
        }

        public Set<Visualization> drawnAs() {
            return Set.of(Visualization.MAP);
        }

        public List<FieldUse> fields() {
            FieldUse point = new FieldUse(field, FieldUse.Need.GEO_POINT);
            return groupBy == null ? List.of(point) : List.of(point, FieldUse.aggregated(groupBy));
        }

        /** The field a click on a point filters: the group's, or the geo_point's own (by tile). */
        public String filterField() {
            return groupBy != null ? groupBy : field;
        }
    }
}
