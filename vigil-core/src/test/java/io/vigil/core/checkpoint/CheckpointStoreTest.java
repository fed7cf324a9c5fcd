package io.vigil.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path dir;

    @Test
    void positionsSurviveANewStoreOnTheSameDirectory() {
        new CheckpointStore(dir).put("sqs-cloudtrail", "queue-a", "42");
        CheckpointStore reopened = new CheckpointStore(dir);
        assertThat(reopened.get("sqs-cloudtrail", "queue-a")).contains("42");
        assertThat(reopened.get("sqs-cloudtrail", "queue-b")).isEmpty();
        assertThat(reopened.streams()).containsOnlyKeys("sqs-cloudtrail");
    }

    @Test
    void crashBetweenWriteAndRenameLeavesThePreviousCheckpoint() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.put("tail", "auth.log", "100");
        // What a crash after writing the temporary file and before the rename leaves behind:
        Files.writeString(dir.resolve("tail.json.tmp"), "{\"auth.log\":\"2");
        CheckpointStore afterCrash = new CheckpointStore(dir);
        assertThat(afterCrash.get("tail", "auth.log")).contains("100");
        assertThat(afterCrash.streams()).containsOnlyKeys("tail");
        afterCrash.put("tail", "auth.log", "200");
        assertThat(new CheckpointStore(dir).get("tail", "auth.log")).contains("200");
    }

    @Test
    void processKilledWhileWritingNeverLeavesATornCheckpoint() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CheckpointWriterMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        long lastAcknowledged;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line = null;
            for (int i = 0; i < 300; i++) {
                line = out.readLine();
            }
            lastAcknowledged = Long.parseLong(line.trim());
            writer.destroyForcibly(); // SIGKILL, in the middle of the write loop
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        long stored = Long.parseLong(new CheckpointStore(dir).get("loop", "n").orElseThrow());
        assertThat(stored).isGreaterThanOrEqualTo(lastAcknowledged);
    }

    @Test
    void corruptCheckpointFileIsReportedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("s3.json"), "not json");
        assertThatThrownBy(() -> new CheckpointStore(dir).get("s3", "x"))
                .hasMessageContaining("s3.json").hasMessageContaining("move it aside");
    }

    @Test
    void streamNamesCannotEscapeTheDirectory() {
        assertThatThrownBy(() -> new CheckpointStore(dir).put("../evil", "k", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits");
    }
}
