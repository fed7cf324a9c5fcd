package io.vigil.store;

import io.vigil.store.engines.ElasticsearchProcess;
import io.vigil.store.engines.TestEngine;

/** The backend contract against a real Elasticsearch 8.19 (integration-test distribution). */
class ElasticsearchBackendIT extends SearchBackendContract {

    @Override
    protected TestEngine startEngine() {
        return ElasticsearchProcess.start();
    }
}
