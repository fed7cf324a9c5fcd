package io.vigil.app;

import io.vigil.core.config.EngineConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.store.SearchBackend;
import io.vigil.store.SearchBackends;
import io.vigil.store.engines.ElasticsearchProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real Elasticsearch that end-to-end tests use as {@code --engine URL}: one cluster for a test class,
 * emptied of Vigil's indices before each test.
 */
final class ExternalElasticsearch implements AutoCloseable {

    private final ElasticsearchProcess process = ElasticsearchProcess.start();

    /** Deletes Vigil's indices, so a test starts as on a new cluster. */
    void deleteVigilIndices() {
        try (SearchBackend backend = SearchBackends.connect(EngineConfig.external(process.url()), Map.of())) {
            backend.indices("vigil-*").forEach(index -> backend.deleteIndex(index.name()));
        }
    }

    List<String> engineArgs(Path dataDir) {
        return List.of("--data-dir", dataDir.toString(), "--engine", process.url());
    }

    VigilConfig config(Path dataDir) {
        return VigilConfig.defaults().withDataDir(dataDir).withEngine(EngineConfig.external(process.url()));
    }

    @Override
    public void close() {
        process.close();
    }
}
