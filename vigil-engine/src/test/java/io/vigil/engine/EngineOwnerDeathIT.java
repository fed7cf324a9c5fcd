package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine ends with the process that started it, even when that one is killed with SIGKILL. */
class EngineOwnerDeathIT {

    @TempDir
    Path dataDir;

    @Test
    void engineStopsWhenItsOwnerIsKilledAndLeavesTheDataDirectoryUsable() throws Exception {
        Process owner = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + EngineClasspath.CLASSPATH_FILE_PROPERTY + "=" + System.getProperty(EngineClasspath.CLASSPATH_FILE_PROPERTY),
                "-cp", codeLocation(EngineOwner.class) + File.pathSeparator + codeLocation(EmbeddedEngine.class),
                EngineOwner.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ProcessHandle engine;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String[] started = out.readLine().split(" ");
            engine = ProcessHandle.of(Long.parseLong(started[0])).orElseThrow();
            assertThat(EngineHttp.get(URI.create(started[1]), "/")).contains("\"cluster_name\" : \"vigil\"");

            owner.destroyForcibly(); // SIGKILL: no shutdown hook runs in the owner
            assertThat(owner.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        engine.onExit().get(20, TimeUnit.SECONDS);
        assertThat(engine.isAlive()).isFalse();
        assertThat(EngineDirectory.of(dataDir).recordFile()).doesNotExist();
        try (EmbeddedEngine again = EmbeddedEngine.start(new EngineOptions(dataDir, 512L << 20, 0, Duration.ofSeconds(90)))) {
            assertThat(again.isAlive()).isTrue();
        }
    }

    private static Path codeLocation(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
