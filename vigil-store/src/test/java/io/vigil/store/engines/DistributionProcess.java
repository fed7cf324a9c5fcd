package io.vigil.store.engines;

import io.vigil.store.EngineFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real single-node engine started from its installed distribution, on free ports with a
 * throw-away work directory (data, logs, temporary files, pid file, console output). OpenSearch and
 * Elasticsearch share the launcher's conventions ({@code -E} settings, {@code -p} pid file,
 * {@code <PREFIX>_JAVA_HOME}, {@code _JAVA_OPTS}, {@code _TMPDIR}); both refuse to run as root, so
 * as root the server runs as the distribution's own user. A shutdown hook kills a server the test
 * left running.
 */
public abstract class DistributionProcess implements TestEngine {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String HEAP = "-Xms256m -Xmx512m";

    /**
     * What differs between distributions.
     *
     * @param executable the start script, e.g. {@code .../bin/opensearch}
     * @param envPrefix  the prefix of the start script's variables, e.g. {@code OPENSEARCH}
     * @param runAs      the user the server runs as when the tests run as root
     * @param javaHome   the JDK the server runs on
     * @param settings   settings beyond single node, ports and paths, as {@code key=value}
     */
    protected record Distribution(EngineFamily family, Path executable, String envPrefix, String runAs,
                                  Path javaHome, List<String> settings) {
    }

    private final Distribution distribution;
    private final Path work;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread reaper;
    private Process launcher;

    protected DistributionProcess(Distribution distribution) {
        this.distribution = distribution;
        this.httpPort = freePort();
        this.transportPort = freePort();
        this.reaper = new Thread(this::killQuietly, family().displayName().toLowerCase() + "-reaper");
        try {
            work = Files.createTempDirectory("vigil-" + distribution.envPrefix().toLowerCase() + "-");
            for (String directory : List.of("data", "logs", "tmp")) {
                Files.createDirectories(work.resolve(directory));
            }
            if (runsAsRoot()) {
                run("chown", "-R", distribution.runAs() + ":" + distribution.runAs(), work.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server of a new process and waits until the cluster is green. */
    protected static <T extends DistributionProcess> T started(T process) {
        DistributionProcess starting = process;
        Runtime.getRuntime().addShutdownHook(starting.reaper);
        try {
            starting.launch();
        } catch (RuntimeException e) {
            starting.close();
            throw e;
        }
        return process;
    }

    /**
     * The directory that the environment variable {@code env} names (else {@code fallback}), which
     * must hold the executable {@code relative}. Where it does not the calling test is skipped,
     * except under {@code CI=true}, where that is a failure.
     *
     * @param what what the directory holds, for the message
     * @param fix  what to do when it is missing
     */
    protected static Path installed(String what, String env, Path fallback, String relative, String fix) {
        String configured = System.getenv(env);
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured) : fallback;
        Path file = directory.resolve(relative);
        if (!Files.isExecutable(file)) {
            String message = what + " not found: " + file + " is missing; " + fix + " (or set " + env + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return directory;
    }

    @Override
    public EngineFamily family() {
        return distribution.family();
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public long pid() {
        return serverPid().orElseThrow(() -> new IllegalStateException(
                family().displayName() + " has not written its pid file " + work.resolve("server.pid")));
    }

    @Override
    public void kill() {
        serverPid().flatMap(ProcessHandle::of).ifPresent(server -> {
            server.destroyForcibly();
            server.onExit().join();
        });
        launcher.destroyForcibly();
        waitFor(launcher);
    }

    @Override
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        try {
            serverPid().flatMap(ProcessHandle::of).ifPresent(server -> {
                server.destroy();
                try {
                    server.onExit().get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    server.destroyForcibly();
                }
            });
            if (launcher != null) {
                launcher.destroyForcibly();
                waitFor(launcher);
            }
            Runtime.getRuntime().removeShutdownHook(reaper);
        } finally {
            deleteRecursively(work);
        }
    }

    private void launch() {
        String prefix = distribution.envPrefix();
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", distribution.runAs(), "--"));
        }
        command.addAll(List.of("env",
                prefix + "_JAVA_HOME=" + distribution.javaHome(),
                prefix + "_JAVA_OPTS=" + HEAP,
                prefix + "_TMPDIR=" + work.resolve("tmp"),
                distribution.executable().toString()));
        List<String> settings = new ArrayList<>(List.of(
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "transport.port=" + transportPort,
                "path.data=" + work.resolve("data"),
                "path.logs=" + work.resolve("logs"),
                "cluster.routing.allocation.disk.threshold_enabled=false"));
        settings.addAll(distribution.settings());
        settings.forEach(setting -> command.addAll(List.of("-E", setting)));
        command.addAll(List.of("-p", work.resolve("server.pid").toString()));
        try {
            Files.deleteIfExists(work.resolve("server.pid"));
            launcher = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(family().displayName() + " could not be started from "
                    + distribution.executable(), e);
        }
        awaitGreen();
    }

    private void awaitGreen() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=green&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException(family().displayName() + " exited with " + launcher.exitValue()
                        + ":\n" + consoleTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"green\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(family().displayName() + " did not turn green within " + START_TIMEOUT
                + ":\n" + consoleTail());
    }

    private Optional<Long> serverPid() {
        try {
            Path pidFile = work.resolve("server.pid");
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console output)";
        }
    }

    private void killQuietly() {
        serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }

    @Override
    public String toString() {
        return family().displayName() + " at " + url() + " from " + distribution.executable() + ", data in " + work;
    }
}
