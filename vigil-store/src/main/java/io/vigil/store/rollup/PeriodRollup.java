package io.vigil.store.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.store.SearchBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Rolls one group up over some of its periods: a composite aggregation over the periods' events by
 * period, the common dimensions and the group's fields, and for each row the value sets of the
 * multi-valued fields. When the events of a row do not all carry the same
 * sets (a resource mapped to another project than its account), the row is split by reading those
 * events' sets, so each rollup document still stands for events with exactly its values.
 */
final class PeriodRollup {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int ROWS_PER_PAGE = 1_000;
    private static final int EVENTS_PER_PAGE = 5_000;
    private static final int MAX_SET_VALUES = 100;
    /** Events one composite aggregation covers at most, unless one period holds more. */
    private static final long EVENTS_PER_SEARCH = 10_000;

    private final SearchBackend backend;
    private final RollupSpec spec;
    private final RollupGroup group;
    private final List<String> keyFields = new ArrayList<>();

    PeriodRollup(SearchBackend backend, RollupSpec spec, RollupGroup group) {
        this.backend = backend;
        this.spec = spec;
        this.group = group;
        keyFields.addAll(spec.dimensions());
        group.fields().stream().filter(field -> !keyFields.contains(field)).forEach(keyFields::add);
    }

    /**
     * Emits the rollup documents of the events of the periods that begin at {@code starts} (in order):
     * one composite aggregation, by period first, for each stretch of consecutive periods holding up
     * to {@link #EVENTS_PER_SEARCH} events (each page of a composite reads all of its stretch again).
     *
     * @param events the events of each period, by start
     * @param run    the run's epoch ms: the documents' version
     * @return the events the documents stand for
     */
    long roll(List<Long> starts, Map<Long, Long> events, long run, Consumer<Document> out) {
        long rolled = 0;
        int first = 0;
        while (first < starts.size()) {
            int last = first;
            long stretch = events.getOrDefault(starts.get(first), 0L);
            while (last + 1 < starts.size() && starts.get(last + 1) - starts.get(last) == group.period().toMillis()
                    && stretch + events.getOrDefault(starts.get(last + 1), 0L) <= EVENTS_PER_SEARCH) {
                last++;
                stretch += events.getOrDefault(starts.get(last), 0L);
            }
            rolled += roll(Instant.ofEpochMilli(starts.get(first)),
                    Instant.ofEpochMilli(starts.get(last)).plus(group.period()), run, out);
            first = last + 1;
        }
        return rolled;
    }

    private long roll(Instant from, Instant until, long run, Consumer<Document> out) {
        long events = 0;
        JsonNode after = null;
        do {
            JsonNode rows = backend.search(spec.source().pattern(), page(from, until, after)).path("aggregations").path("rows");
            for (JsonNode row : rows.path("buckets")) {
                Instant start = Instant.ofEpochMilli(row.path("key").path("period").asLong());
                for (Map.Entry<List<List<String>>, Long> sets : valueSets(row, start, start.plus(group.period())).entrySet()) {
                    out.accept(document(start, row, sets.getKey(), sets.getValue(), run));
                    events += sets.getValue();
                }
            }
            after = rows.path("buckets").size() < ROWS_PER_PAGE ? null : rows.get("after_key");
        } while (after != null);
        return events;
    }

    private ObjectNode page(Instant start, Instant until, JsonNode after) {
        ObjectNode body = NODES.objectNode();
        body.put("size", 0);
        body.putObject("query").putObject("bool").putArray("filter").add(range(start, until));
        ObjectNode rows = body.putObject("aggs").putObject("rows");
        ObjectNode composite = rows.putObject("composite").put("size", ROWS_PER_PAGE);
        ArrayNode sources = composite.putArray("sources");
        sources.addObject().putObject("period").putObject("date_histogram").put("field", spec.timeField())
                .put("fixed_interval", group.period().toHours() + "h");
        for (int i = 0; i < keyFields.size(); i++) {
            sources.addObject().putObject("k" + i).putObject("terms").put("field", keyFields.get(i))
                    .put("missing_bucket", true);
        }
        if (after != null) {
            composite.set("after", after);
        }
        ObjectNode aggs = rows.putObject("aggs");
        for (int i = 0; i < spec.sets().size(); i++) {
            aggs.putObject("s" + i).putObject("terms").put("field", spec.sets().get(i)).put("size", MAX_SET_VALUES);
        }
        if (group.centroid() != null) {
            aggs.putObject("centroid").putObject("geo_centroid").put("field", group.centroid());
        }
        return body;
    }

    /** The row's events by their value sets: one entry when they all carry the same sets. */
    private Map<List<List<String>>, Long> valueSets(JsonNode row, Instant start, Instant until) {
        long count = row.path("doc_count").asLong();
        List<List<String>> sets = new ArrayList<>();
        boolean uniform = true;
        for (int i = 0; i < spec.sets().size(); i++) {
            List<String> values = new ArrayList<>();
            for (JsonNode bucket : row.path("s" + i).path("buckets")) {
                values.add(bucket.path("key").asText());
                uniform &= bucket.path("doc_count").asLong() == count;
            }
            sets.add(values);
        }
        return uniform ? Map.of(sets, count) : readSets(row, start, until);
    }

    /** Counts the row's events by value sets, reading the sets of each event. */
    private Map<List<List<String>>, Long> readSets(JsonNode row, Instant start, Instant until) {
        Map<List<List<String>>, Long> counts = new LinkedHashMap<>();
        ObjectNode body = NODES.objectNode();
        body.put("size", EVENTS_PER_PAGE).put("_source", false).put("track_total_hits", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter").add(range(start, until));
        ArrayNode mustNot = bool.putArray("must_not");
        for (int i = 0; i < keyFields.size(); i++) {
            JsonNode value = row.path("key").path("k" + i);
            if (value.isNull()) {
                mustNot.addObject().putObject("exists").put("field", keyFields.get(i));
            } else {
                filter.addObject().putObject("term").putObject(keyFields.get(i)).set("value", value);
            }
        }
        ArrayNode fields = body.putArray("docvalue_fields");
        spec.sets().forEach(fields::add);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put(spec.timeField(), "asc");
        sort.add("_doc");
        JsonNode hits;
        do {
            hits = backend.search(spec.source().pattern(), body).path("hits").path("hits");
            for (JsonNode hit : hits) {
                List<List<String>> sets = new ArrayList<>();
                for (String field : spec.sets()) {
                    List<String> values = new ArrayList<>(new TreeSet<>(Fields.texts(hit.path("fields"), field)));
                    sets.add(values);
                }
                counts.merge(sets, 1L, Long::sum);
                body.set("search_after", hit.path("sort"));
            }
        } while (hits.size() == EVENTS_PER_PAGE);
        return counts;
    }

    private Document document(Instant start, JsonNode row, List<List<String>> sets, long events, long run) {
        ObjectNode source = NODES.objectNode();
        source.put(spec.timeField(), start.toString());
        StringBuilder identity = new StringBuilder();
        for (int i = 0; i < keyFields.size(); i++) {
            JsonNode value = row.path("key").path("k" + i);
            Fields.put(source, keyFields.get(i), value);
            identity.append(value).append('\u0000');
        }
        for (int i = 0; i < spec.sets().size(); i++) {
            if (!sets.get(i).isEmpty()) {
                Fields.put(source, spec.sets().get(i), sets.get(i));
            }
            identity.append(sets.get(i)).append('\u0000');
        }
        JsonNode centroid = row.path("centroid").path("location");
        if (group.centroid() != null && centroid.has("lat")) {
            Fields.put(source, group.centroid(), NODES.objectNode()
                    .put("lat", centroid.path("lat").asDouble()).put("lon", centroid.path("lon").asDouble()));
        }
        source.put("_doc_count", events);
        Fields.put(source, RollupSpec.GROUP_FIELD, group.id());
        Fields.put(source, RollupSpec.RUN_FIELD, NODES.numberNode(run));
        String id = DocumentId.hash(spec.dataset(), group.id(), start.toString(), identity.toString());
        return new Document(spec.dataset(), id, start, source,
                SourceLocation.whole("rollup " + spec.dataset() + " " + group.id() + " " + start), run);
    }

    private ObjectNode range(Instant from, Instant until) {
        ObjectNode range = NODES.objectNode();
        range.putObject("range").putObject(spec.timeField()).put("gte", from.toEpochMilli())
                .put("lt", until.toEpochMilli()).put("format", "epoch_millis");
        return range;
    }
}
