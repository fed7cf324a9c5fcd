package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real engine in a child JVM; most tests share one. */
class EmbeddedEngineIT {

    @TempDir
    static Path temp;
    static Path dataDir;
    static EmbeddedEngine engine;

    @BeforeAll
    static void startEngine() {
        dataDir = temp.resolve("shared");
        engine = EmbeddedEngine.start(options(dataDir, 0));
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    static EngineOptions options(Path dataDir, int httpPort) {
        return new EngineOptions(dataDir, 512L << 20, httpPort, Duration.ofSeconds(90));
    }

    @Test
    void servesHttpOnLoopbackWithNewIndicesWithoutReplicas() {
        assertThat(engine.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(engine.isAlive()).isTrue();
        assertThat(ProcessHandle.of(engine.pid())).isPresent();

        EngineHttp.put(engine.url(), "/replicas-check", "{}");

        assertThat(EngineHttp.get(engine.url(), "/replicas-check/_settings")).contains("\"number_of_replicas\":\"0\"");
        assertThat(EngineHttp.get(engine.url(), "/_cluster/health?wait_for_status=green&timeout=30s"))
                .contains("\"status\":\"green\"");
    }

    @Test
    void keepsDataAcrossARestart() {
        EngineHttp.put(engine.url(), "/restart-check/_doc/1?refresh=true", "{\"message\":\"kept\"}");

        engine.close();
        assertThat(engine.isAlive()).isFalse();
        assertThat(EngineDirectory.of(dataDir).recordFile()).doesNotExist();
        assertThat(EngineDiscovery.running(dataDir)).isEmpty();

        engine = EmbeddedEngine.start(options(dataDir, 0));
        assertThat(EngineHttp.get(engine.url(), "/restart-check/_doc/1")).contains("\"message\":\"kept\"");
    }

    @Test
    void discoveryFindsTheEngineServingADataDirectory() {
        assertThat(EngineDiscovery.running(dataDir)).contains(engine.url());
        assertThat(EngineDiscovery.running(temp.resolve("no-engine-here"))).isEmpty();
    }

    @Test
    void refusesASecondEngineOnTheSameDataDirectory() {
        Path engineDir = EngineDirectory.of(dataDir).root();

        assertThatThrownBy(() -> EmbeddedEngine.start(options(dataDir, 0)))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("the engine data directory " + engineDir + " is in use by another Vigil engine (pid "
                        + engine.pid() + ", " + engine.url() + "), probably `vigil serve`; stop it, point engine.url at it,"
                        + " or use another data directory");
        assertThat(EngineDiscovery.running(dataDir)).contains(engine.url());
    }

    @Test
    void refusesATakenPort() {
        int port = engine.url().getPort();

        assertThatThrownBy(() -> EmbeddedEngine.start(options(temp.resolve("second"), port)))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("port " + port + " on 127.0.0.1 is already in use; choose another engine.embedded.http_port"
                        + " or 0 for a free one");
    }

    @Test
    void givesUpOnAStartThatTakesTooLong() {
        Path slow = temp.resolve("slow");
        EngineDirectory directory = EngineDirectory.of(slow);

        assertThatThrownBy(() -> EmbeddedEngine.start(new EngineOptions(slow, 512L << 20, 0, Duration.ofSeconds(1))))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("the embedded engine did not start within 1 s; see its log " + directory.logFile()
                        + " (on a busy machine, raise engine.embedded.start_timeout)");
        assertThat(directory.recordFile()).doesNotExist();
    }

    @Test
    void refusesADataDirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> EmbeddedEngine.start(options(file, 0)))
                .isInstanceOf(EngineStartException.class)
                .hasMessageStartingWith("the data directory " + file + " cannot be written (" + file.resolve("engine"))
                .hasMessageEndingWith("); choose another data directory or fix its permissions");
        assertThatThrownBy(() -> EmbeddedEngine.start(options(file.resolve("below"), 0)))
                .isInstanceOf(EngineStartException.class)
                .hasMessageStartingWith("the data directory " + file.resolve("below") + " cannot be written (");
    }
}
