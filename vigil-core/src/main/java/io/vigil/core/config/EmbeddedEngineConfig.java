package io.vigil.core.config;

import java.time.Duration;

/**
 * The embedded OpenSearch node.
 *
 * @param heap         its own JVM heap (default 512mb)
 * @param httpPort     HTTP port on 127.0.0.1; 0 picks a free one (default)
 * @param startTimeout how long to wait for the node to turn green (default 60s)
 */
public record EmbeddedEngineConfig(ByteSize heap, Integer httpPort, Duration startTimeout) {

    public EmbeddedEngineConfig {
        heap = heap == null ? ByteSize.mebibytes(512) : heap;
        httpPort = httpPort == null ? 0 : httpPort;
        startTimeout = startTimeout == null ? Duration.ofSeconds(60) : startTimeout;
    }

    public static EmbeddedEngineConfig defaults() {
        return new EmbeddedEngineConfig(null, null, null);
    }
}
