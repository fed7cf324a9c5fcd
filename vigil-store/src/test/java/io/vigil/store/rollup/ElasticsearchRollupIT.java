package io.vigil.store.rollup;

import io.vigil.store.engines.ElasticsearchProcess;
import io.vigil.store.engines.TestEngine;

/** The rollup job against a real Elasticsearch 8.19 (integration-test distribution). */
class ElasticsearchRollupIT extends RollupContract {

    @Override
    protected TestEngine startEngine() {
        return ElasticsearchProcess.start();
    }
}
