package io.vigil.store.rollup;

import io.vigil.store.engines.EmbeddedOpenSearch;
import io.vigil.store.engines.TestEngine;

/** The rollup job against Vigil's embedded OpenSearch 2.19 node. */
class EmbeddedOpenSearchRollupIT extends RollupContract {

    @Override
    protected TestEngine startEngine() {
        return EmbeddedOpenSearch.start();
    }
}
