package io.vigil.store.engines;

import io.vigil.engine.EmbeddedEngine;
import io.vigil.engine.EngineOptions;
import io.vigil.store.EngineFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** Vigil's embedded OpenSearch node (module vigil-engine) in its child JVM, on a throw-away data directory. */
public final class EmbeddedOpenSearch implements TestEngine {

    private static final long HEAP = 512L << 20;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dataDir;
    private EmbeddedEngine engine;

    private EmbeddedOpenSearch(Path dataDir, EmbeddedEngine engine) {
        this.dataDir = dataDir;
        this.engine = engine;
    }

    public static EmbeddedOpenSearch start() {
        try {
            Path dataDir = Files.createTempDirectory("vigil-opensearch-");
            return new EmbeddedOpenSearch(dataDir, EmbeddedEngine.start(new EngineOptions(dataDir, HEAP, 0, START_TIMEOUT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public EngineFamily family() {
        return EngineFamily.OPENSEARCH;
    }

    @Override
    public String url() {
        return engine.url().toString();
    }

    @Override
    public long pid() {
        return engine.pid();
    }

    @Override
    public void kill() {
        ProcessHandle.of(engine.pid()).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    @Override
    public void restart() {
        engine = EmbeddedEngine.start(new EngineOptions(dataDir, HEAP, engine.url().getPort(), START_TIMEOUT));
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // best effort: a temporary directory
            }
        }
    }

    @Override
    public String toString() {
        return "embedded OpenSearch at " + url();
    }
}
