package io.vigil.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded OpenSearch node, running in a child JVM bound to 127.0.0.1 with its data under
 * {@code <dataDir>/engine}. The child stops when this process ends, even by kill -9: it watches its standard
 * input, which only this process holds open.
 */
public final class EmbeddedEngine implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** How long a previous engine, whose owner has ended, may take to let go of the data directory. */
    private static final Duration ORPHAN_EXIT_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI url;

    private EmbeddedEngine(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the engine and returns once it answers on HTTP with cluster health green or yellow and new indices
     * default to 0 replicas.
     *
     * @throws EngineStartException with a one-line message for the user
     */
    public static EmbeddedEngine start(EngineOptions options) {
        EngineDirectory directory = EngineDirectory.of(options.dataDir());
        directory.prepare(options.dataDir());
        awaitOrphanExit(directory);
        List<String> command = EngineCommand.of(options, directory, EngineClasspath.resolve());
        long consoleOffset = size(directory.consoleLog());
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(directory.consoleLog().toFile()))
                    .start();
        } catch (IOException e) {
            throw new EngineStartException("cannot start the embedded engine's JVM " + command.get(0) + ": " + e.getMessage()
                    + "; check the Java installation", e);
        }
        Optional<EngineSignal> signal = awaitSignal(process, options, directory);
        if (signal.isPresent() && signal.get().kind() == EngineSignal.Kind.READY) {
            return new EmbeddedEngine(process, URI.create("http://127.0.0.1:" + signal.get().detail()));
        }
        stop(process);
        throw signal.map(s -> failure(s, options, directory))
                .orElseGet(() -> exited(process, directory, consoleOffset));
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the engine cleanly (SIGTERM), forcibly if it has not stopped after 30 s. */
    @Override
    public void close() {
        stop(process);
    }

    private static Optional<EngineSignal> awaitSignal(Process process, EngineOptions options, EngineDirectory directory) {
        try {
            return EngineOutput.follow(process).firstSignal()
                    .get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(process);
            throw new EngineStartException("the embedded engine did not start within " + options.startTimeout().toSeconds()
                    + " s; see its log " + directory.logFile() + " (on a busy machine, raise engine.embedded.start_timeout)");
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new EngineStartException("interrupted while starting the embedded engine", e);
        } catch (ExecutionException e) {
            stop(process);
            throw new IllegalStateException("reading the embedded engine's output failed", e.getCause());
        }
    }

    private static EngineStartException failure(EngineSignal signal, EngineOptions options, EngineDirectory directory) {
        return switch (signal.kind()) {
            case LOCKED -> new EngineStartException("the engine data directory " + directory.root() + " is in use by "
                    + EngineRecord.read(directory.recordFile())
                            .map(r -> "another Vigil engine (pid " + r.pid() + ", " + r.url() + "), probably `vigil serve`")
                            .orElse("another Vigil engine, perhaps `vigil serve`")
                    + "; stop it, point engine.url at it, or use another data directory");
            case PORT_IN_USE -> new EngineStartException("port " + options.httpPort()
                    + " on 127.0.0.1 is already in use; choose another engine.embedded.http_port or 0 for a free one");
            default -> new EngineStartException("the embedded engine failed to start: " + signal.detail()
                    + "; see its log " + directory.logFile());
        };
    }

    private static EngineStartException exited(Process process, EngineDirectory directory, long consoleOffset) {
        String code = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        String firstLine = firstLine(directory.consoleLog(), consoleOffset);
        return new EngineStartException("the embedded engine's JVM ended before it was ready (" + code + ")"
                + (firstLine.isEmpty() ? "" : ": " + firstLine) + "; see " + directory.consoleLog() + " and " + directory.logFile());
    }

    /** An engine whose owner has ended stops by itself; give it time to release the data directory. */
    private static void awaitOrphanExit(EngineDirectory directory) {
        EngineRecord.read(directory.recordFile())
                .filter(r -> r.engineAlive() && !r.ownerAlive())
                .flatMap(r -> ProcessHandle.of(r.pid()))
                .ifPresent(orphan -> {
                    try {
                        orphan.onExit().get(ORPHAN_EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException | TimeoutException e) {
                        // still running: the start reports the lock
                    }
                });
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first non-blank line written to {@code file} after {@code offset} (what the JVM said first), shortened. */
    private static String firstLine(Path file, long offset) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            return first.length() > 300 ? first.substring(0, 300) + "…" : first;
        } catch (IOException e) {
            return "";
        }
    }
}
