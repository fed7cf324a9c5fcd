package io.vigil.store;

import io.vigil.store.engines.EmbeddedOpenSearch;
import io.vigil.store.engines.TestEngine;

/** The backend contract against Vigil's embedded OpenSearch 2.19 node. */
class EmbeddedOpenSearchBackendIT extends SearchBackendContract {

    @Override
    protected TestEngine startEngine() {
        return EmbeddedOpenSearch.start();
    }
}
