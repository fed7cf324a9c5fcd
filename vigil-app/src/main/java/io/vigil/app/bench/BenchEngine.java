package io.vigil.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.runtime.EngineSession;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.EngineConfig;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.sources.SourceCatalog;
import io.vigil.store.EngineException;
import io.vigil.store.SearchBackends;
import io.vigil.store.backend.EngineResponse;
import io.vigil.store.backend.EngineTransport;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine calls the dashboard benchmark needs beyond {@link io.vigil.store.SearchBackend}, whose
 * {@code search} takes no URL parameters: searches that bypass the shard request cache
 * ({@code ?request_cache=false}), clearing caches, deleting by query, the node's heap and garbage collections.
 * Sent through the same {@link EngineTransport} as the backend's, so authentication and TLS are the
 * configured ones.
 */
final class BenchEngine {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EngineTransport transport;

    private BenchEngine(EngineTransport transport) {
        this.transport = transport;
    }

    /** The engine of the session: the configured cluster, or the embedded engine's URL. */
    static BenchEngine of(Vigil vigil, Map<String, String> environment) {
        EngineConfig config = vigil.engine().mode() == EngineSession.Mode.EXTERNAL ? vigil.config().engine()
                : EngineConfig.external(vigil.engine().url().toString());
        return new BenchEngine(EngineTransport.create(config, environment, SearchBackends.REQUEST_TIMEOUT));
    }

    /**
     * A dashboard search that the shard request cache neither answers nor keeps. An index pattern
     * matching nothing answers {@code {}}, as {@link io.vigil.web.dashboard.DashboardSearch} asks.
     */
    JsonNode searchUncached(String indices, ObjectNode body) {
        String path = EngineTransport.path(indices, "_search") + "?request_cache=false";
        EngineResponse response = transport.sendJson("POST", path, body);
        if (response.status() == 404) {
            return NODES.objectNode();
        }
        if (!response.ok()) {
            throw transport.refused("POST", path, response);
        }
        return response.json();
    }

    /**
     * Empties the node query cache and the shard request cache of the indices; with
     * {@code fielddata}, global ordinals and field data too.
     */
    void clearCaches(String indices, boolean fielddata) {
        String path = EngineTransport.path(indices, "_cache", "clear") + "?query=true&request=true"
                + (fielddata ? "&fielddata=true" : "");
        EngineResponse response = transport.sendJson("POST", path, null);
        if (!response.ok() && response.status() != 404) {
            throw transport.refused("POST", path, response);
        }
    }

    /**
     * Deletes the documents of the indices whose {@code @timestamp} is after {@code end} (once all
     * acknowledged writes are searchable), then merges away the segments they leave mostly deleted.
     *
     * @return how many were deleted
     */
    long deleteAfter(String indices, Instant end) {
        transport.json("POST", EngineTransport.path(indices, "_refresh"), null);
        ObjectNode query = NODES.objectNode();
        query.putObject("query").putObject("range").putObject("@timestamp").put("gt", end.toEpochMilli())
                .put("format", "epoch_millis");
        long deleted = transport.json("POST", EngineTransport.path(indices, "_delete_by_query")
                + "?refresh=true&conflicts=proceed", query).path("deleted").asLong();
        try {
            transport.json("POST", EngineTransport.path(indices, "_forcemerge") + "?only_expunge_deletes=true", null);
            transport.json("POST", EngineTransport.path(indices, "_flush"), null);
        } catch (EngineException e) {
            // the deleted documents stay until the engine's own merges drop them: the next run is slower, not wrong
        }
        return deleted;
    }

    /** Rollup documents (not the events they stand for) per group of every rollup, by group id. */
    Map<String, Long> rowsPerGroup() {
        Map<String, Long> rows = new TreeMap<>();
        for (RollupSpec rollup : SourceCatalog.rollups()) {
            ObjectNode body = NODES.objectNode().put("size", 0);
            ObjectNode groups = body.putObject("aggs").putObject("groups");
            groups.putObject("terms").put("field", RollupSpec.GROUP_FIELD).put("size", rollup.groups().size());
            groups.putObject("aggs").putObject("rows").putObject("value_count").put("field", RollupSpec.RUN_FIELD);
            searchUncached(rollup.index().pattern(), body).path("aggregations").path("groups").path("buckets")
                    .forEach(group -> rows.put(group.path("key").asText(), group.path("rows").path("value").asLong()));
        }
        return rows;
    }

    /** Garbage collections of the engine's JVMs so far, summed over nodes and collectors of each kind. */
    record Collections(long youngCount, long youngMillis, long oldCount, long oldMillis) {

        /** What was collected between {@code before} and this. */
        Collections since(Collections before) {
            return new Collections(youngCount - before.youngCount, youngMillis - before.youngMillis,
                    oldCount - before.oldCount, oldMillis - before.oldMillis);
        }
    }

    /** The engine's garbage collections so far; zeros when the engine does not say. */
    Collections collections() {
        EngineResponse response = transport.get("/_nodes/stats/jvm");
        long[] sums = new long[4];
        if (response.ok()) {
            for (JsonNode node : response.json().path("nodes")) {
                JsonNode collectors = node.path("jvm").path("gc").path("collectors");
                sums[0] += collectors.path("young").path("collection_count").asLong();
                sums[1] += collectors.path("young").path("collection_time_in_millis").asLong();
                sums[2] += collectors.path("old").path("collection_count").asLong();
                sums[3] += collectors.path("old").path("collection_time_in_millis").asLong();
            }
        }
        return new Collections(sums[0], sums[1], sums[2], sums[3]);
    }

    /** The largest heap of the engine's nodes, in bytes; 0 when the engine does not say. */
    long heapMaxBytes() {
        EngineResponse response = transport.get("/_nodes/jvm");
        if (!response.ok()) {
            return 0;
        }
        long max = 0;
        for (JsonNode node : response.json().path("nodes")) {
            max = Math.max(max, node.path("jvm").path("mem").path("heap_max_in_bytes").asLong());
        }
        return max;
    }
}
