package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs one search on the engine: {@code POST /<indexPattern>/_search} with the body, answering the
 * engine's JSON response. An index pattern naming an index that does not exist yet (e.g.
 * {@code vigil-findings} before the first finding) must answer an empty response ({@code {}}),
 * not fail. Any other failure is thrown; the panel then reports the engine unavailable.
 */
@FunctionalInterface
public interface DashboardSearch {

    JsonNode search(String indexPattern, ObjectNode body);
}
