package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.store.EngineException;
import io.vigil.store.SearchBackend;

/** {@link DashboardSearch} on a real engine, as vigil-app wires it: an index not created yet answers empty. */
final class EngineSearch implements DashboardSearch {

    private final SearchBackend backend;

    EngineSearch(SearchBackend backend) {
        this.backend = backend;
    }

    @Override
    public JsonNode search(String indexPattern, ObjectNode body) {
        try {
            return backend.search(indexPattern, body);
        } catch (EngineException e) {
            if (e.status() == 404) {
                return JsonNodeFactory.instance.objectNode();
            }
            throw e;
        }
    }
}
