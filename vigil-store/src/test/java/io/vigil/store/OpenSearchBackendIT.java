package io.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.store.engines.OpenSearchProcess;
import io.vigil.store.engines.TestEngine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The backend contract against a real OpenSearch 3.6 (integration-test distribution, on Java 21+). */
class OpenSearchBackendIT extends SearchBackendContract {

    @Override
    protected TestEngine startEngine() {
        return OpenSearchProcess.start();
    }

    @Test
    @Order(1)
    void detectsOpenSearch3FromTheRootEndpoint() {
        assertThat(backend.family()).isEqualTo(EngineFamily.OPENSEARCH);
        assertThat(backend.info().version()).isEqualTo("3.6.0");
    }
}
