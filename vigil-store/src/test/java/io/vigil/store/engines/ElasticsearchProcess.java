package io.vigil.store.engines;

import io.vigil.store.EngineFamily;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Elasticsearch 8.19 from its integration-test distribution ({@code .ci/install-elasticsearch}),
 * on the tests' own Java, run as the user {@code vigil-es} when the tests run as root.
 */
public final class ElasticsearchProcess extends DistributionProcess {

    public static final String HOME_ENV = "VIGIL_TEST_ES_HOME";
    public static final Path DEFAULT_HOME = Path.of("/opt/vigil-test/elasticsearch-8.19.21");
    private static final String EXECUTABLE = "bin/elasticsearch";

    private ElasticsearchProcess(Distribution distribution) {
        super(distribution);
    }

    /** Starts a fresh single-node cluster and waits until it is green (the test is skipped if not installed). */
    public static ElasticsearchProcess start() {
        Path home = installed("The Elasticsearch test distribution", HOME_ENV, DEFAULT_HOME, EXECUTABLE,
                "install it with `bash .ci/install-elasticsearch`");
        return started(new ElasticsearchProcess(new Distribution(EngineFamily.ELASTICSEARCH,
                home.resolve(EXECUTABLE), "ES", "vigil-es", Path.of(System.getProperty("java.home")),
                List.of("xpack.security.enabled=false"))));
    }
}
