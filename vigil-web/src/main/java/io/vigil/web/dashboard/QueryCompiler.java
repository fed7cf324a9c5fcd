package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.web.auth.ProjectScope;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a panel, the request's filters and the caller's project scope into the query DSL that
 * OpenSearch 2.x and Elasticsearch 8.x both run: a {@code bool} filter (scope, dataset and panel
 * filters, selects, click filters, time range) and {@code terms}, {@code cardinality},
 * {@code filters}, {@code date_histogram}, {@code avg}, {@code geotile_grid}/{@code geo_centroid}
 * aggregations, or a sorted page of rows. The scope filter is added to every query, so no request
 * parameter can widen what a caller sees.
 */
public final class QueryCompiler {

    /** Rows a table can reach (page or CSV): the engines' default {@code index.max_result_window}. */
    public static final int MAX_ROWS = 10_000;
    /** Distinct counts are exact up to this many values (the engines' maximum), approximate beyond. */
    static final int PRECISION_THRESHOLD = 40_000;
    /**
     * Distinct counts inside each bucket of a ranking: the engines' default, exact up to 3,000 values. The
     * maximum there made a top-10 of instances by distinct CVEs 25 times slower (133 ms against 5 ms on
     * 1M events) for the same ranking.
     */
    static final int BUCKET_PRECISION_THRESHOLD = 3_000;
    static final int MAX_MAP_POINTS = 2_000;
    static final int MAX_GROUPS = 300;
    static final int FACET_SIZE = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryCompiler() {
    }

    /**
     * The search for a panel's answer; a table gets the request's page. A panel that only counts
     * events by fields the dataset's rollup holds reads it for the whole weeks, days and hours of its range
     * ({@link RollupRoute}).
     */
    public static PanelSearch panel(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope,
                                    Optional<RolledUp> rollup) {
        Aggregation aggregation = panel.query().aggregation();
        Optional<RollupRoute> route = route(dashboard, panel, filters, rollup);
        ObjectNode body = base(dashboard, panel, filters, scope, route);
        if (aggregation instanceof Aggregation.Table table) {
            int from = filters.page() * table.pageSize();
            if (from + table.pageSize() > MAX_ROWS) {
                throw new IllegalArgumentException("page " + filters.page() + " of '" + panel.id() + "' is beyond the first "
                        + MAX_ROWS + " rows; narrow the filters or the time range");
            }
            rows(body, table, from, table.pageSize());
        } else {
            body.put("size", 0);
            aggregations(body, aggregation, dashboard.timeField(panel), filters.time());
            if (route.isPresent()) {
                ObjectNode aggs = body.get("aggs") instanceof ObjectNode declared ? declared : body.putObject("aggs");
                aggs.set(RollupRoute.EVENT_TOTAL, route.get().eventTotal(aggs));
                // hits would count rollup documents, not events: counting them is work for nothing
                body.put("track_total_hits", false);
            }
        }
        String index = dashboard.dataset(panel).index();
        return new PanelSearch(route.map(r -> r.indices(index)).orElse(index), body);
    }

    /** The search for every row of a table panel up to {@link #MAX_ROWS}, for CSV export. */
    public static PanelSearch allRows(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope) {
        if (!(panel.query().aggregation() instanceof Aggregation.Table table)) {
            throw new IllegalArgumentException("panel '" + panel.id() + "' is not a table");
        }
        ObjectNode body = base(dashboard, panel, filters, scope, Optional.empty());
        rows(body, table, 0, MAX_ROWS);
        return new PanelSearch(dashboard.dataset(panel).index(), body);
    }

    /**
     * The values the project, account and region selects offer on a dataset within the time range
     * and the scope, ignoring the other filters so that choosing one does not hide the others.
     */
    public static PanelSearch facets(Dataset dataset, TimeRange time, ProjectScope scope, Optional<RolledUp> rollup) {
        Set<String> fields = new HashSet<>(DashboardFilters.SELECTS.values());
        dataset.filters().forEach(filter -> fields.add(filter.field()));
        Optional<RollupRoute> route = RollupRoute.of(rollup, fields, time, Optional.empty());
        ObjectNode body = NODES.objectNode();
        ArrayNode clauses = body.putObject("query").putObject("bool").putArray("filter");
        scope.filter().ifPresent(clauses::add);
        dataset.filters().forEach(filter -> clauses.add(condition(filter)));
        clauses.add(route.map(r -> r.timeClause(dataset.timeField())).orElseGet(() -> range(dataset.timeField(), time)));
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        DashboardFilters.SELECTS.forEach((name, field) ->
                aggs.putObject(name).putObject("terms").put("field", field).put("size", FACET_SIZE));
        return new PanelSearch(route.map(r -> r.indices(dataset.index())).orElse(dataset.index()), body);
    }

    /**
     * The rollup route of a panel: only for answers that count events (not rows, distinct values or
     * map tiles) by fields a rollup group holds.
     */
    private static Optional<RollupRoute> route(Dashboard dashboard, Panel panel, DashboardFilters filters,
                                               Optional<RolledUp> rollup) {
        Aggregation aggregation = panel.query().aggregation();
        boolean histogram = aggregation instanceof Aggregation.DateHistogram;
        boolean counts = histogram || aggregation instanceof Aggregation.Count || aggregation instanceof Aggregation.Filters
                || (aggregation instanceof Aggregation.Terms terms && terms.distinct() == null)
                || (aggregation instanceof Aggregation.Geo geo && geo.groupBy() != null);
        if (!counts || filters.terms().keySet().stream().anyMatch(dashboard.tileFields()::contains)) {
            return Optional.empty();
        }
        Set<String> fields = new HashSet<>(filters.terms().keySet());
        fields.add(DashboardFilters.PROJECT_FIELD);
        dashboard.dataset(panel).filters().forEach(filter -> fields.add(filter.field()));
        panel.query().filters().forEach(filter -> fields.add(filter.field()));
        aggregation.fields().forEach(use -> fields.add(use.field()));
        return RollupRoute.of(rollup, fields, filters.time(),
                histogram ? Optional.of(filters.time().interval()) : Optional.empty());
    }

    /** The query of every search of the panel, with exact hit counts (a search reading a rollup counts events instead). */
    private static ObjectNode base(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope,
                                   Optional<RollupRoute> route) {
        ObjectNode body = NODES.objectNode();
        body.put("track_total_hits", true);
        ArrayNode clauses = body.putObject("query").putObject("bool").putArray("filter");
        scope.filter().ifPresent(clauses::add);
        dashboard.dataset(panel).filters().forEach(filter -> clauses.add(condition(filter)));
        panel.query().filters().forEach(filter -> clauses.add(condition(filter)));
        for (Map.Entry<String, List<String>> term : filters.terms().entrySet()) {
            clauses.add(dashboard.tileFields().contains(term.getKey()) ? tiles(term.getKey(), term.getValue())
                    : terms(term.getKey(), term.getValue()));
        }
        Aggregation aggregation = panel.query().aggregation();
        if (aggregation instanceof Aggregation.DateSeries series) {
            ObjectNode any = NODES.objectNode();
            ArrayNode should = any.putObject("bool").put("minimum_should_match", 1).putArray("should");
            series.series().forEach(s -> should.add(range(s.field(), filters.time())));
            clauses.add(any);
        } else {
            String timeField = dashboard.timeField(panel);
            clauses.add(route.map(r -> r.timeClause(timeField)).orElseGet(() -> range(timeField, filters.time())));
        }
        if (aggregation instanceof Aggregation.AverageDuration duration) {
            clauses.add(exists(duration.start()));
            clauses.add(exists(duration.end()));
        }
        if (aggregation instanceof Aggregation.Geo geo) {
            clauses.add(exists(geo.field()));
        }
        return body;
    }

    private static void aggregations(ObjectNode body, Aggregation aggregation, String timeField, TimeRange time) {
        ObjectNode aggs = NODES.objectNode();
        if (aggregation instanceof Aggregation.DistinctCount distinct) {
            aggs.set("value", cardinality(distinct.field(), PRECISION_THRESHOLD));
        } else if (aggregation instanceof Aggregation.Terms terms) {
            ObjectNode buckets = aggs.putObject("buckets");
            ObjectNode spec = buckets.putObject("terms").put("field", terms.field()).put("size", terms.size());
            if (terms.distinct() != null) {
                spec.putObject("order").put("distinct", "desc");
                buckets.putObject("aggs").set("distinct", cardinality(terms.distinct(), BUCKET_PRECISION_THRESHOLD));
            }
        } else if (aggregation instanceof Aggregation.Filters filters) {
            ObjectNode named = aggs.putObject("buckets").putObject("filters").putObject("filters");
            filters.buckets().forEach(bucket -> {
                ArrayNode all = named.putObject(bucket.label()).putObject("bool").putArray("filter");
                bucket.filters().forEach(filter -> all.add(condition(filter)));
            });
        } else if (aggregation instanceof Aggregation.DateHistogram histogram) {
            if (histogram.split() == null) {
                aggs.set("over_time", histogram(timeField, time));
            } else {
                ObjectNode split = aggs.putObject("split");
                split.putObject("terms").put("field", histogram.split().field()).put("size", histogram.split().size());
                split.putObject("aggs").set("over_time", histogram(timeField, time));
            }
        } else if (aggregation instanceof Aggregation.DateSeries series) {
            for (int i = 0; i < series.series().size(); i++) {
                String field = series.series().get(i).field();
                ObjectNode one = aggs.putObject("series_" + i);
                one.set("filter", range(field, time));
                one.putObject("aggs").set("over_time", histogram(field, time));
            }
        } else if (aggregation instanceof Aggregation.AverageDuration duration) {
            aggs.putObject("start").putObject("avg").put("field", duration.start());
            aggs.putObject("end").putObject("avg").put("field", duration.end());
        } else if (aggregation instanceof Aggregation.Geo geo) {
            ObjectNode points = aggs.putObject("points");
            if (geo.groupBy() != null) {
                points.putObject("terms").put("field", geo.groupBy()).put("size", MAX_GROUPS);
            } else {
                points.putObject("geotile_grid").put("field", geo.field()).put("precision", geo.precision())
                        .put("size", MAX_MAP_POINTS);
            }
            points.putObject("aggs").putObject("centroid").putObject("geo_centroid").put("field", geo.field());
        }
        if (!aggs.isEmpty()) {
            body.set("aggs", aggs);
        }
    }

    private static void rows(ObjectNode body, Aggregation.Table table, int from, int size) {
        body.put("from", from).put("size", size).put("_source", false);
        ArrayNode fields = body.putArray("fields");
        table.columns().forEach(column -> fields.add(column.field()));
        ArrayNode sort = body.putArray("sort");
        table.sort().forEach(s -> sort.addObject().putObject(s.field()).put("order", s.order()));
    }

    private static ObjectNode histogram(String field, TimeRange time) {
        ObjectNode histogram = NODES.objectNode();
        histogram.putObject("date_histogram").put("field", field).put("fixed_interval", time.interval().expression())
                .put("min_doc_count", 0).putObject("extended_bounds")
                .put("min", time.from().toEpochMilli()).put("max", time.to().toEpochMilli());
        return histogram;
    }

    private static ObjectNode cardinality(String field, int precision) {
        ObjectNode cardinality = NODES.objectNode();
        cardinality.putObject("cardinality").put("field", field).put("precision_threshold", precision);
        return cardinality;
    }

    static ObjectNode condition(FieldFilter filter) {
        return filter.exists() ? exists(filter.field()) : terms(filter.field(), filter.values());
    }

    private static ObjectNode terms(String field, List<String> values) {
        ObjectNode terms = NODES.objectNode();
        ArrayNode array = terms.putObject("terms").putArray(field);
        values.forEach(array::add);
        return terms;
    }

    private static ObjectNode exists(String field) {
        ObjectNode exists = NODES.objectNode();
        exists.putObject("exists").put("field", field);
        return exists;
    }

    private static ObjectNode range(String field, TimeRange time) {
        return range(field, time.from(), time.to(), true);
    }

    /** Values from {@code from} on, up to {@code end} (included or not), in epoch milliseconds. */
    static ObjectNode range(String field, Instant from, Instant end, boolean endIncluded) {
        ObjectNode range = NODES.objectNode();
        range.putObject("range").putObject(field).put("gte", from.toEpochMilli())
                .put(endIncluded ? "lte" : "lt", end.toEpochMilli()).put("format", "epoch_millis");
        return range;
    }

    /** Documents whose point lies in any of the tiles. */
    private static ObjectNode tiles(String field, List<String> keys) {
        ObjectNode any = NODES.objectNode();
        ArrayNode should = any.putObject("bool").put("minimum_should_match", 1).putArray("should");
        for (String key : keys) {
            MapTile tile = MapTile.parse(key);
            ObjectNode box = should.addObject().putObject("geo_bounding_box").putObject(field);
            box.putObject("top_left").put("lat", tile.north()).put("lon", tile.west());
            box.putObject("bottom_right").put("lat", tile.south()).put("lon", tile.east());
        }
        return any;
    }
}
