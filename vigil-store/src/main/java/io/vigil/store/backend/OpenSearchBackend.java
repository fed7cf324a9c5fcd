package io.vigil.store.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OpenSearch 2.x and 3.x, self-run, embedded, or Amazon OpenSearch Service. */
public final class OpenSearchBackend extends RestSearchBackend {

    public OpenSearchBackend(EngineTransport transport, EngineIdentity identity) {
        super(transport, identity);
    }

    /** {@code flat_object} from OpenSearch 2.7 on; before that the object is kept in the source only. */
    @Override
    protected ObjectNode flatObjectMapping() {
        return identity.versionAtLeast(2, 7)
                ? object().put("type", "flat_object")
                : object().put("type", "object").put("enabled", false);
    }
}
