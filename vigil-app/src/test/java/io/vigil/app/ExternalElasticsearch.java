package io.vigil.app;

import io.vigil.core.config.EngineConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.store.SearchBackend;
import io.vigil.store.SearchBackends;
import io.vigil.store.engines.ElasticsearchProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Elasticsearch that end-to-end tests use as {@code --engine URL}: one cluster for a test
 * class, started before its {@code @BeforeAll} methods and stopped after its {@code @AfterAll} ones.
 * Register it on a field with {@code @RegisterExtension} (the class needs the per-class lifecycle).
 */
final class ExternalElasticsearch implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean emptiedBeforeEachTest;
    private ElasticsearchProcess process;

    private ExternalElasticsearch(boolean emptiedBeforeEachTest) {
        this.emptiedBeforeEachTest = emptiedBeforeEachTest;
    }

    /** Each test starts as on a new cluster: Vigil's indices are deleted before it. */
    static ExternalElasticsearch emptiedBeforeEachTest() {
        return new ExternalElasticsearch(true);
    }

    /** The tests share what the class loaded. */
    static ExternalElasticsearch sharedByTheTests() {
        return new ExternalElasticsearch(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        process = ElasticsearchProcess.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emptiedBeforeEachTest) {
            try (SearchBackend backend = SearchBackends.connect(EngineConfig.external(process.url()), Map.of())) {
                backend.indices("vigil-*").forEach(index -> backend.deleteIndex(index.name()));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (process != null) {
            process.close();
        }
    }

    List<String> engineArgs(Path dataDir) {
        return List.of("--data-dir", dataDir.toString(), "--engine", process.url());
    }

    VigilConfig config(Path dataDir) {
        return VigilConfig.defaults().withDataDir(dataDir).withEngine(EngineConfig.external(process.url()));
    }
}
