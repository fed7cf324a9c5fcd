package io.vigil.web.dashboard;

import io.vigil.store.engines.ElasticsearchProcess;
import io.vigil.store.engines.TestEngine;

/** The dashboards' queries against a real Elasticsearch 8.19 (integration-test distribution). */
class ElasticsearchDashboardIT extends DashboardQueriesContract {

    @Override
    protected TestEngine startEngine() {
        return ElasticsearchProcess.start();
    }
}
