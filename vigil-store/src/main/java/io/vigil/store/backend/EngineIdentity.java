package io.vigil.store.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.store.EngineException;
import io.vigil.store.EngineFamily;
import java.util.Iterator;

/**
 * Which engine answers at a URL: family, version and cluster name. Asked from {@code GET /};
 * Elasticsearch distributions without that endpoint (the integration-test one) are recognized by
 * their {@code X-Elastic-Product} header and asked through {@code GET /_nodes/_local}.
 */
public record EngineIdentity(EngineFamily family, String version, String clusterName) {

    public static EngineIdentity probe(EngineTransport transport) {
        EngineResponse root = transport.get("/");
        if (root.ok()) {
            JsonNode body = root.json();
            JsonNode version = body.path("version");
            EngineFamily family = "opensearch".equals(version.path("distribution").asText())
                    ? EngineFamily.OPENSEARCH : EngineFamily.ELASTICSEARCH;
            return new EngineIdentity(family, version.path("number").asText("unknown"),
                    body.path("cluster_name").asText());
        }
        if (root.status() == 401 || root.status() == 403) {
            throw transport.refused("GET", "/", root);
        }
        if (root.header("X-Elastic-Product").filter("Elasticsearch"::equals).isPresent()) {
            JsonNode nodes = transport.json("GET", "/_nodes/_local?filter_path=cluster_name,nodes.*.version", null);
            Iterator<JsonNode> local = nodes.path("nodes").elements();
            String version = local.hasNext() ? local.next().path("version").asText("unknown") : "unknown";
            return new EngineIdentity(EngineFamily.ELASTICSEARCH, version, nodes.path("cluster_name").asText());
        }
        throw new EngineException(root.status(), "the server at " + transport.url()
                + " is neither OpenSearch nor Elasticsearch: GET / answered HTTP " + root.status()
                + "; check engine.url");
    }

    /** Whether {@link #version} is at least {@code major.minor}; an unparsable version counts as new. */
    public boolean versionAtLeast(int major, int minor) {
        String[] parts = version.split("[.-]");
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return actualMajor != major ? actualMajor > major : actualMinor >= minor;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
