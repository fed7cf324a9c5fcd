package io.vigil.web.dashboard;

import io.vigil.store.engines.EmbeddedOpenSearch;
import io.vigil.store.engines.TestEngine;

/** The dashboards' queries against Vigil's embedded OpenSearch 2.19 node. */
class EmbeddedOpenSearchDashboardIT extends DashboardQueriesContract {

    @Override
    protected TestEngine startEngine() {
        return EmbeddedOpenSearch.start();
    }
}
