package io.vigil.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start the embedded engine.
 *
 * @param dataDir      Vigil's data directory; the engine keeps everything under {@code <dataDir>/engine}
 * @param heapBytes    the engine JVM's heap
 * @param httpPort     HTTP port on 127.0.0.1; 0 picks a free one
 * @param startTimeout how long to wait for the engine to be ready
 */
public record EngineOptions(Path dataDir, long heapBytes, int httpPort, Duration startTimeout) {

    private static final long MIN_HEAP = 128L << 20;

    public EngineOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (heapBytes < MIN_HEAP) {
            throw new IllegalArgumentException("engine heap " + heapBytes + " bytes is too small; give at least 128mb");
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("engine HTTP port " + httpPort + " is not a port; use 1-65535, or 0 for a free one");
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("engine start timeout " + startTimeout + " must be positive");
        }
    }
}
