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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Elasticsearch from its integration-test distribution ({@code .ci/install-elasticsearch}),
 * started on free ports with a throw-away data directory. Elasticsearch refuses to run as root, so
 * as root it runs as the user {@code vigil-es}. Where the distribution is missing the calling test
 * is skipped, except under {@code CI=true}, where that is a failure.
 */
public final class ElasticsearchProcess implements TestEngine {

    public static final String HOME_ENV = "VIGIL_TEST_ES_HOME";
    public static final Path DEFAULT_HOME = Path.of("/opt/vigil-test/elasticsearch-8.19.21");
    private static final String RUN_AS = "vigil-es";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final Path work;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process launcher;
    private final Thread reaper = new Thread(this::killQuietly, "elasticsearch-reaper");

    private ElasticsearchProcess(Path home, Path work, int httpPort, int transportPort) {
        this.home = home;
        this.work = work;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /** Starts a fresh single-node cluster and waits until it is green (the test is skipped if not installed). */
    public static ElasticsearchProcess start() {
        Path home = installedHome();
        try {
            Path work = Files.createTempDirectory("vigil-es-");
            ElasticsearchProcess process = new ElasticsearchProcess(home, work, freePort(), freePort());
            Files.createDirectories(work.resolve("data"));
            Files.createDirectories(work.resolve("logs"));
            if (runsAsRoot()) {
                run("chown", "-R", RUN_AS + ":" + RUN_AS, work.toString());
            }
            Runtime.getRuntime().addShutdownHook(process.reaper);
            process.launch();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path installedHome() {
        String configured = System.getenv(HOME_ENV);
        Path home = configured != null && !configured.isBlank() ? Path.of(configured) : DEFAULT_HOME;
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            String message = "Elasticsearch test distribution not found at " + home + "; install it with "
                    + "`bash .ci/install-elasticsearch` (or set " + HOME_ENV + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return home;
    }

    @Override
    public EngineFamily family() {
        return EngineFamily.ELASTICSEARCH;
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public long pid() {
        return serverPid().orElseThrow(() -> new IllegalStateException("Elasticsearch has not written its pid file"));
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
                    server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    server.destroyForcibly();
                }
            });
            launcher.destroyForcibly();
            waitFor(launcher);
            Runtime.getRuntime().removeShutdownHook(reaper);
        } finally {
            deleteRecursively(work);
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        }
        command.addAll(List.of("env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                home.resolve("bin/elasticsearch").toString(),
                "-E", "xpack.security.enabled=false",
                "-E", "discovery.type=single-node",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + work.resolve("data"),
                "-E", "path.logs=" + work.resolve("logs"),
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-p", work.resolve("server.pid").toString()));
        try {
            Files.deleteIfExists(work.resolve("server.pid"));
            launcher = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be started from " + home, e);
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
                throw new IllegalStateException("Elasticsearch exited with " + launcher.exitValue() + ":\n" + consoleTail());
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
        throw new IllegalStateException("Elasticsearch did not turn green within " + START_TIMEOUT + ":\n" + consoleTail());
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

    static int freePort() {
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
        return "Elasticsearch at " + url() + " from " + home + ", data in " + work;
    }
}
