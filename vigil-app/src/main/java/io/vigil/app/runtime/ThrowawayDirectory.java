package io.vigil.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A data directory for one run ({@code vigil demo}, benchmarks), deleted with everything in it on close. */
public final class ThrowawayDirectory implements AutoCloseable {

    private final Path path;

    private ThrowawayDirectory(Path path) {
        this.path = path;
    }

    public static ThrowawayDirectory create(String prefix) {
        try {
            return new ThrowawayDirectory(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
