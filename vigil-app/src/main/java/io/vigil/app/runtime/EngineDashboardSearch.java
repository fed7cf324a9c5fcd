package io.vigil.app.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.store.EngineException;
import io.vigil.store.SearchBackend;
import io.vigil.web.dashboard.DashboardSearch;

/**
 * Dashboard queries on the engine. An index family nothing was written to yet (no findings so far)
 * answers 404: that is an empty answer, not an error.
 */
public final class EngineDashboardSearch implements DashboardSearch {

    private final SearchBackend backend;

    public EngineDashboardSearch(SearchBackend backend) {
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
