package io.vigil.store.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.BulkResponse;
import io.vigil.store.EngineException;
import io.vigil.store.EngineFamily;
import io.vigil.store.EngineInfo;
import io.vigil.store.IndexInfo;
import io.vigil.store.SearchBackend;
import io.vigil.store.template.MappingTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST calls OpenSearch and Elasticsearch share; the family subclasses supply what differs
 * between them.
 */
public abstract class RestSearchBackend implements SearchBackend {

    private static final Logger LOG = LoggerFactory.getLogger(RestSearchBackend.class);
    private static final int DELETE_PAGE = 1_000;

    protected final EngineTransport transport;
    protected final EngineIdentity identity;

    protected RestSearchBackend(EngineTransport transport, EngineIdentity identity) {
        this.transport = transport;
        this.identity = identity;
    }

    /** The mapping that replaces the pseudo type {@code vigil_flat} (an open-ended JSON object). */
    protected abstract ObjectNode flatObjectMapping();

    @Override
    public EngineFamily family() {
        return identity.family();
    }

    @Override
    public EngineInfo info() {
        EngineResponse response = transport.get("/_cluster/health");
        String health = "unknown";
        int dataNodes = 0;
        if (response.ok()) {
            JsonNode body = response.json();
            health = body.path("status").asText(health);
            dataNodes = body.path("number_of_data_nodes").asInt();
        } else if (response.status() != 400 && response.status() != 403 && response.status() != 404) {
            // the others mean "not offered here" (serverless) or "not allowed for this user": health unknown
            throw transport.refused("GET", "/_cluster/health", response);
        }
        return new EngineInfo(identity.family(), identity.version(), identity.clusterName(), health, dataNodes);
    }

    @Override
    public void installTemplate(IndexSpec spec, int replicas) {
        ObjectNode template = MappingTemplate.of(spec, replicas, flatObjectMapping());
        transport.json("PUT", EngineTransport.path("_index_template", MappingTemplate.nameOf(spec)), template);
        if (!indices(spec.pattern()).isEmpty()) {
            String path = EngineTransport.path(spec.pattern(), "_mapping");
            EngineResponse response = transport.sendJson("PUT", path, template.path("template").path("mappings"));
            if (!response.ok()) {
                LOG.warn("existing indices {} keep their previous mapping: {}", spec.pattern(),
                        transport.refused("PUT", path, response).getMessage());
            }
        }
    }

    @Override
    public Optional<JsonNode> template(String name) {
        String path = EngineTransport.path("_index_template", name);
        EngineResponse response = transport.get(path);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw transport.refused("GET", path, response);
        }
        JsonNode templates = response.json().path("index_templates");
        return templates.isEmpty() ? Optional.empty() : Optional.of(templates.get(0).path("index_template"));
    }

    @Override
    public BulkResponse bulk(byte[] body, int length) {
        String path = "/_bulk?" + BulkResponseParser.FILTER;
        EngineResponse response = transport.send("POST", path, body, length, "application/x-ndjson");
        if (!response.ok()) {
            throw transport.refused("POST", path, response);
        }
        return BulkResponseParser.parse(response.body());
    }

    @Override
    public JsonNode search(String indices, ObjectNode body) {
        return transport.json("POST", EngineTransport.path(indices, "_search"), body);
    }

    /**
     * Searches and deletes by id, page by page, each delete conditional on the sequence number the
     * search saw: Elasticsearch's {@code _delete_by_query} lives in a module that minimal
     * distributions leave out, and this works on every engine.
     */
    @Override
    public long deleteByQuery(String indices, ObjectNode query) {
        ObjectNode body = query.objectNode();
        body.set("query", query);
        body.put("size", DELETE_PAGE).put("_source", false).put("seq_no_primary_term", true).put("track_total_hits", false);
        long deleted = 0;
        while (true) {
            EngineResponse response = transport.sendJson("POST", EngineTransport.path(indices, "_search"), body);
            if (response.status() == 404) {
                return deleted;
            }
            if (!response.ok()) {
                throw transport.refused("POST", EngineTransport.path(indices, "_search"), response);
            }
            JsonNode hits = response.json().path("hits").path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            StringBuilder actions = new StringBuilder();
            for (JsonNode hit : hits) {
                ObjectNode delete = query.objectNode();
                delete.putObject("delete").put("_index", hit.path("_index").asText()).put("_id", hit.path("_id").asText())
                        .put("if_seq_no", hit.path("_seq_no").asLong()).put("if_primary_term", hit.path("_primary_term").asLong());
                actions.append(delete).append('\n');
            }
            byte[] bytes = actions.toString().getBytes(StandardCharsets.UTF_8);
            BulkResponse results = bulk(bytes, bytes.length);
            long round = 0;
            for (int i = 0; i < results.size(); i++) {
                int status = results.status(i);
                if (status == 200) {
                    round++;
                } else if (status != 404 && status != 409) {
                    throw new EngineException(status, "the engine refused to delete a document of " + indices + ": "
                            + results.error(i));
                }
            }
            deleted += round;
            refresh(indices);
            // a page whose documents were all rewritten meanwhile: they are current again, leave them
            if (round == 0 || hits.size() < DELETE_PAGE) {
                return deleted;
            }
        }
    }

    @Override
    public long count(String indices) {
        String path = EngineTransport.path(indices, "_count");
        EngineResponse response = transport.get(path);
        if (response.status() == 404) {
            return 0;
        }
        if (!response.ok()) {
            throw transport.refused("GET", path, response);
        }
        return response.json().path("count").asLong();
    }

    @Override
    public List<IndexInfo> indices(String pattern) {
        String path = EngineTransport.path("_cat", "indices", pattern)
                + "?format=json&h=index,docs.count,creation.date&expand_wildcards=open&s=index";
        EngineResponse response = transport.get(path);
        if (response.status() == 404) {
            return List.of();
        }
        if (!response.ok()) {
            throw transport.refused("GET", path, response);
        }
        List<IndexInfo> indices = new ArrayList<>();
        for (JsonNode row : response.json()) {
            indices.add(new IndexInfo(row.path("index").asText(), row.path("docs.count").asLong(0),
                    Instant.ofEpochMilli(row.path("creation.date").asLong(0))));
        }
        return indices;
    }

    @Override
    public void deleteIndex(String name) {
        if (name.isBlank() || name.contains("*") || name.contains(",") || name.startsWith("_")) {
            throw new IllegalArgumentException("deleteIndex takes one exact index name, got '" + name + "'");
        }
        String path = EngineTransport.path(name);
        EngineResponse response = transport.sendJson("DELETE", path, null);
        if (!response.ok() && response.status() != 404) {
            throw transport.refused("DELETE", path, response);
        }
    }

    @Override
    public void refresh(String indices) {
        String path = EngineTransport.path(indices, "_refresh");
        EngineResponse response = transport.sendJson("POST", path, null);
        if (!response.ok() && response.status() != 404) {
            throw transport.refused("POST", path, response);
        }
    }

    @Override
    public void close() {
        // the JDK HTTP client of Java 17 has nothing to close; its threads end with it
    }

    @Override
    public String toString() {
        return identity.family().displayName() + " " + identity.version() + " at " + transport.url();
    }

    protected static ObjectNode object() {
        return EngineTransport.JSON.createObjectNode();
    }
}
