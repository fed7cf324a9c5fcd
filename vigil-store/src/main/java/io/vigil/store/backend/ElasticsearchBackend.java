package io.vigil.store.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Elasticsearch 8.x and 9.x, self-run or Elastic Cloud. */
public final class ElasticsearchBackend extends RestSearchBackend {

    public ElasticsearchBackend(EngineTransport transport, EngineIdentity identity) {
        super(transport, identity);
    }

    /** {@code flattened}, which every Elasticsearch 8 and 9 distribution has (the integration-test one too). */
    @Override
    protected ObjectNode flatObjectMapping() {
        return object().put("type", "flattened");
    }
}
