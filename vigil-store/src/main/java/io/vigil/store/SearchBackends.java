package io.vigil.store;

import io.vigil.core.config.AuthConfig;
import io.vigil.core.config.EngineConfig;
import io.vigil.store.backend.ElasticsearchBackend;
import io.vigil.store.backend.EngineIdentity;
import io.vigil.store.backend.EngineTransport;
import io.vigil.store.backend.OpenSearchBackend;
import java.time.Duration;
import java.util.Map;

/** Connects to the engine at {@code engine.url} and picks the backend of its family. */
public final class SearchBackends {

    /** How long one request may take; a bulk request of 5 MB on a busy 2-core machine takes seconds. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private SearchBackends() {
    }

    /**
     * Asks the engine what it is ({@code GET /}, or {@code X-Elastic-Product} where that endpoint is
     * missing) and returns the matching backend. Amazon OpenSearch Serverless ({@code aoss}), which
     * has no such endpoint, is OpenSearch by definition.
     *
     * @param env where {@code {env: NAME}} secrets are read from
     * @throws EngineException when the engine cannot be reached or refuses the credentials
     */
    public static SearchBackend connect(EngineConfig config, Map<String, String> env) {
        if (config.url() == null) {
            throw new IllegalArgumentException("no engine URL: start the embedded engine and connect to its URL");
        }
        EngineTransport transport = EngineTransport.create(config, env, REQUEST_TIMEOUT);
        if (config.auth().type() == AuthConfig.Type.AWS_SIGV4 && "aoss".equals(config.auth().service())) {
            return new OpenSearchBackend(transport, new EngineIdentity(EngineFamily.OPENSEARCH, "serverless", "aoss"));
        }
        EngineIdentity identity = EngineIdentity.probe(transport);
        return switch (identity.family()) {
            case OPENSEARCH -> new OpenSearchBackend(transport, identity);
            case ELASTICSEARCH -> new ElasticsearchBackend(transport, identity);
        };
    }
}
