package io.vigil.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.store.SearchBackend;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search written here, by hand, independently of the dashboards' query compiler: what the engine
 * itself says the numbers on a page must be. Immutable; each narrowing returns a new query.
 */
final class EngineQuery {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** More distinct values than any field of the demo has. */
    private static final int ALL_VALUES = 10_000;

    private final SearchBackend engine;
    private final String index;
    private final List<ObjectNode> filters;

    private EngineQuery(SearchBackend engine, String index, List<ObjectNode> filters) {
        this.engine = engine;
        this.index = index;
        this.filters = List.copyOf(filters);
    }

    static EngineQuery on(SearchBackend engine, String index) {
        return new EngineQuery(engine, index, List.of());
    }

    /** Documents whose field has this value (a keyword, or a boolean given as Boolean). */
    EngineQuery term(String field, Object value) {
        ObjectNode term = NODES.objectNode();
        ObjectNode inner = term.putObject("term");
        if (value instanceof Boolean flag) {
            inner.put(field, flag);
        } else {
            inner.put(field, value.toString());
        }
        return and(term);
    }

    EngineQuery anyOf(String field, String... values) {
        ObjectNode terms = NODES.objectNode();
        ArrayNode array = terms.putObject("terms").putArray(field);
        for (String value : values) {
            array.add(value);
        }
        return and(terms);
    }

    EngineQuery exists(String field) {
        ObjectNode exists = NODES.objectNode();
        exists.putObject("exists").put("field", field);
        return and(exists);
    }

    /** Documents whose date field lies in the range, both ends included (as a dashboard's time range). */
    EngineQuery during(String field, Instant from, Instant to) {
        return and(range(field, from, to));
    }

    /** Documents where either date field lies in the range. */
    EngineQuery duringEither(String field, String other, Instant from, Instant to) {
        ObjectNode any = NODES.objectNode();
        ArrayNode should = any.putObject("bool").put("minimum_should_match", 1).putArray("should");
        should.add(range(field, from, to));
        should.add(range(other, from, to));
        return and(any);
    }

    /**
     * What the user may see, as DESIGN.md states it: admins everything; users of every project
     * ({@code *}) all documents of some project but no unassigned ones; others the documents that
     * carry one of their projects.
     */
    EngineQuery visibleTo(User user) {
        if (user.hasRole(Role.ADMIN)) {
            return this;
        }
        if (user.projects().contains(User.ALL_PROJECTS)) {
            ObjectNode assigned = NODES.objectNode();
            ObjectNode bool = assigned.putObject("bool");
            bool.putArray("filter").addObject().putObject("exists").put("field", "vigil.project");
            bool.putArray("must_not").addObject().putObject("term").put("vigil.project", "unassigned");
            return and(assigned);
        }
        return anyOf("vigil.project", user.projects().toArray(String[]::new));
    }

    long count() {
        return search(body()).at("/hits/total/value").asLong();
    }

    /** The most frequent values and their document counts, most frequent first (ties by value). */
    Map<String, Long> top(String field, int size) {
        ObjectNode body = body();
        body.putObject("aggs").putObject("by").putObject("terms").put("field", field).put("size", size);
        return buckets(search(body), bucket -> bucket.path("doc_count").asLong());
    }

    /** The values with the most distinct values of {@code distinct} among their documents, and that number. */
    Map<String, Long> topByDistinct(String field, int size, String distinct) {
        ObjectNode body = body();
        ObjectNode by = body.putObject("aggs").putObject("by");
        by.putObject("terms").put("field", field).put("size", size).putObject("order").put("distinct", "desc");
        by.putObject("aggs").putObject("distinct").putObject("cardinality").put("field", distinct);
        return buckets(search(body), bucket -> bucket.path("distinct").path("value").asLong());
    }

    /** The exact number of distinct values of the field. */
    long distinct(String field) {
        return top(field, ALL_VALUES).size();
    }

    /** The mean time from one date field to another over the documents, in ms, from every document's dates. */
    Optional<Double> meanMillis(String start, String end) {
        ObjectNode body = body();
        body.put("size", ALL_VALUES).put("_source", false);
        body.putArray("fields").add(start).add(end);
        JsonNode hits = search(body).at("/hits/hits");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        long sum = 0;
        for (JsonNode hit : hits) {
            sum += Instant.parse(hit.at("/fields/" + end + "/0").asText()).toEpochMilli()
                    - Instant.parse(hit.at("/fields/" + start + "/0").asText()).toEpochMilli();
        }
        return Optional.of((double) sum / hits.size());
    }

    private EngineQuery and(ObjectNode filter) {
        List<ObjectNode> more = new ArrayList<>(filters);
        more.add(filter);
        return new EngineQuery(engine, index, more);
    }

    private ObjectNode body() {
        ObjectNode body = NODES.objectNode();
        body.put("size", 0).put("track_total_hits", true);
        ArrayNode all = body.putObject("query").putObject("bool").putArray("filter");
        filters.forEach(all::add);
        return body;
    }

    private JsonNode search(ObjectNode body) {
        return engine.search(index, body);
    }

    private static ObjectNode range(String field, Instant from, Instant to) {
        ObjectNode range = NODES.objectNode();
        range.putObject("range").putObject(field).put("gte", from.toString()).put("lte", to.toString());
        return range;
    }

    private interface BucketValue {
        long of(JsonNode bucket);
    }

    private static Map<String, Long> buckets(JsonNode response, BucketValue value) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (JsonNode bucket : response.at("/aggregations/by/buckets")) {
            JsonNode key = bucket.has("key_as_string") ? bucket.get("key_as_string") : bucket.get("key");
            buckets.put(key.asText(), value.of(bucket));
        }
        return buckets;
    }
}
