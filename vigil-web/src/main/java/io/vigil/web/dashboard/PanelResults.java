package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shapes an engine's answer into the small JSON a panel draws, every number straight from the
 * engine: {@code total} (matching documents) and, by kind, {@code value}, {@code buckets},
 * {@code times} + {@code series}, {@code rows} or {@code points}. Where a click may filter, the
 * answer names the field ({@code filter_field}, or per bucket / column); only filterable fields are
 * named. An answer without aggregations (no index yet) reads as empty.
 */
public final class PanelResults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PanelResults() {
    }

    public static ObjectNode shape(Dashboard dashboard, Panel panel, DashboardFilters filters, JsonNode response) {
        ObjectNode result = NODES.objectNode();
        result.put("id", panel.id());
        Aggregation aggregation = panel.query().aggregation();
        result.put("kind", aggregation.kind());
        result.put("visualization", panel.visualization().id());
        result.put("total", total(response));
        JsonNode aggs = response.path("aggregations");
        if (aggregation instanceof Aggregation.Count) {
            result.put("value", total(response));
        } else if (aggregation instanceof Aggregation.DistinctCount) {
            result.put("value", aggs.path("value").path("value").asLong(0));
        } else if (aggregation instanceof Aggregation.Terms terms) {
            filterField(result, dashboard, terms.field());
            ArrayNode buckets = result.putArray("buckets");
            for (JsonNode bucket : aggs.path("buckets").path("buckets")) {
                long value = terms.distinct() == null ? bucket.path("doc_count").asLong()
                        : bucket.path("distinct").path("value").asLong();
                buckets.addObject().put("key", key(bucket)).put("value", value);
            }
            result.put("other", aggs.path("buckets").path("sum_other_doc_count").asLong(0));
        } else if (aggregation instanceof Aggregation.Filters filtersAggregation) {
            ArrayNode buckets = result.putArray("buckets");
            for (Aggregation.Filters.Bucket declared : filtersAggregation.buckets()) {
                ObjectNode bucket = buckets.addObject().put("key", declared.label()).put("value",
                        aggs.path("buckets").path("buckets").path(declared.label()).path("doc_count").asLong(0));
                if (declared.filters().stream().allMatch(f -> dashboard.filterable(f.field()) && f.values().size() == 1)) {
                    ArrayNode clicks = bucket.putArray("filters");
                    declared.filters().forEach(f ->
                            clicks.addObject().put("field", f.field()).put("value", f.values().get(0)));
                }
            }
        } else if (aggregation instanceof Aggregation.DateHistogram histogram) {
            List<Series> series = new ArrayList<>();
            if (histogram.split() == null) {
                series.add(new Series(panel.title(), aggs.path("over_time")));
            } else {
                filterField(result, dashboard, histogram.split().field());
                aggs.path("split").path("buckets").forEach(bucket ->
                        series.add(new Series(key(bucket), bucket.path("over_time"))));
            }
            timeSeries(result, filters.time(), series);
        } else if (aggregation instanceof Aggregation.DateSeries dateSeries) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < dateSeries.series().size(); i++) {
                series.add(new Series(dateSeries.series().get(i).label(), aggs.path("series_" + i).path("over_time")));
            }
            timeSeries(result, filters.time(), series);
        } else if (aggregation instanceof Aggregation.AverageDuration) {
            JsonNode start = aggs.path("start").path("value");
            JsonNode end = aggs.path("end").path("value");
            if (start.isNumber() && end.isNumber()) {
                result.put("value", Math.round(end.asDouble() - start.asDouble()));
            } else {
                result.putNull("value");
            }
            result.put("unit", "ms");
        } else if (aggregation instanceof Aggregation.Table table) {
            table(result, dashboard, table, filters.page(), response);
        } else if (aggregation instanceof Aggregation.Geo geo) {
            filterField(result, dashboard, geo.filterField());
            ArrayNode points = result.putArray("points");
            for (JsonNode bucket : aggs.path("points").path("buckets")) {
                JsonNode location = bucket.path("centroid").path("location");
                if (location.has("lat")) {
                    points.addObject().put("key", key(bucket)).put("lat", location.path("lat").asDouble())
                            .put("lon", location.path("lon").asDouble()).put("value", bucket.path("doc_count").asLong());
                }
            }
        }
        return result;
    }

    /** The cells of the rows of a table answer, in column order; multiple values joined by ", ". */
    public static List<List<String>> rows(Aggregation.Table table, JsonNode response) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            List<String> row = new ArrayList<>(table.columns().size());
            for (Aggregation.Table.Column column : table.columns()) {
                row.add(cell(hit.path("fields").path(column.field())));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Matching events: counted by the search when it read a rollup, else its hit count. */
    static long total(JsonNode response) {
        JsonNode aggregations = response.path("aggregations");
        return aggregations.has(RollupRoute.EVENT_TOTAL) ? RollupRoute.events(aggregations)
                : response.path("hits").path("total").path("value").asLong(0);
    }

    private static void table(ObjectNode result, Dashboard dashboard, Aggregation.Table table, int page,
                              JsonNode response) {
        result.put("page", page);
        result.put("page_size", table.pageSize());
        result.put("max_rows", QueryCompiler.MAX_ROWS);
        ArrayNode columns = result.putArray("columns");
        table.columns().forEach(column -> columns.addObject().put("field", column.field()).put("title", column.title())
                .put("filterable", dashboard.filterable(column.field())));
        ArrayNode rows = result.putArray("rows");
        for (List<String> row : rows(table, response)) {
            ArrayNode cells = rows.addArray();
            row.forEach(cells::add);
        }
    }

    private static String cell(JsonNode values) {
        if (values.isMissingNode() || values.isNull() || values.isEmpty() && values.isArray()) {
            return null;
        }
        if (!values.isArray()) {
            return values.asText();
        }
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.isValueNode() ? value.asText() : value.toString()));
        return String.join(", ", texts);
    }

    /** A series of a histogram answer: its name and the engine's date_histogram aggregation. */
    private record Series(String name, JsonNode histogram) {
    }

    /**
     * Writes {@code interval}, {@code times} (bucket starts, epoch ms, the union over the series) and
     * {@code series} ({@code name}, {@code values} aligned with the times, {@code total}).
     */
    private static void timeSeries(ObjectNode result, TimeRange time, List<Series> series) {
        result.put("interval", time.interval().expression());
        TreeMap<Long, Integer> index = new TreeMap<>();
        series.forEach(s -> s.histogram().path("buckets").forEach(bucket -> index.put(bucket.path("key").asLong(), 0)));
        int position = 0;
        for (Map.Entry<Long, Integer> entry : index.entrySet()) {
            entry.setValue(position++);
        }
        ArrayNode times = result.putArray("times");
        index.keySet().forEach(times::add);
        ArrayNode out = result.putArray("series");
        for (Series s : series) {
            long[] values = new long[index.size()];
            long total = 0;
            for (Iterator<JsonNode> it = s.histogram().path("buckets").elements(); it.hasNext(); ) {
                JsonNode bucket = it.next();
                long count = bucket.path("doc_count").asLong();
                values[index.get(bucket.path("key").asLong())] = count;
                total += count;
            }
            ObjectNode one = out.addObject().put("name", s.name()).put("total", total);
            ArrayNode array = one.putArray("values");
            for (long value : values) {
                array.add(value);
            }
        }
    }

    private static void filterField(ObjectNode result, Dashboard dashboard, String field) {
        if (dashboard.filterable(field)) {
            result.put("filter_field", field);
        }
    }

    /** A bucket's key as text: booleans and dates as the engine formats them, others as they are. */
    private static String key(JsonNode bucket) {
        JsonNode formatted = bucket.get("key_as_string");
        return formatted != null ? formatted.asText() : bucket.path("key").asText();
    }
}
