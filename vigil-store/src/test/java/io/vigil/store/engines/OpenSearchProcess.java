package io.vigil.store.engines;

import io.vigil.store.EngineFamily;
import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenSearch 3.6 from its integration-test distribution ({@code .ci/install-opensearch}; it
 * has no security plugin), on a Java 21+ JDK, run as the user {@code vigil-os} when the tests run
 * as root.
 */
public final class OpenSearchProcess extends DistributionProcess {

    public static final String HOME_ENV = "VIGIL_TEST_OS_HOME";
    public static final Path DEFAULT_HOME = Path.of("/opt/vigil-test/opensearch-3.6.0");
    public static final String JAVA_HOME_ENV = "VIGIL_TEST_JAVA21_HOME";
    public static final Path DEFAULT_JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final String EXECUTABLE = "bin/opensearch";

    private OpenSearchProcess(Distribution distribution) {
        super(distribution);
    }

    /** Starts a fresh single-node cluster and waits until it is green (the test is skipped if not installed). */
    public static OpenSearchProcess start() {
        Path home = installed("The OpenSearch test distribution", HOME_ENV, DEFAULT_HOME, EXECUTABLE,
                "install it with `bash .ci/install-opensearch`");
        Path javaHome = installed("A Java 21+ JDK for OpenSearch 3", JAVA_HOME_ENV, DEFAULT_JAVA_HOME, "bin/java",
                "install a JDK 21+ there");
        return started(new OpenSearchProcess(new Distribution(EngineFamily.OPENSEARCH, home.resolve(EXECUTABLE),
                "OPENSEARCH", "vigil-os", javaHome, List.of())));
    }
}
