package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRecordTest {

    @TempDir
    Path temp;

    @Test
    void roundTripsThroughEngineJson() throws IOException {
        Path file = temp.resolve("engine.json");
        EngineRecord engine = new EngineRecord(URI.create("http://127.0.0.1:9200"), 42, 7);

        engine.write(file);

        assertThat(file).hasContent("{\"url\":\"http://127.0.0.1:9200\",\"pid\":42,\"owner_pid\":7}");
        assertThat(EngineRecord.read(file)).contains(engine);
        assertThat(temp.resolve("engine.json.tmp")).doesNotExist();
    }

    @Test
    void missingOrDamagedFilesHoldNoRecord() throws IOException {
        assertThat(EngineRecord.read(temp.resolve("absent.json"))).isEmpty();
        assertThat(EngineRecord.read(Files.writeString(temp.resolve("half.json"), "{\"url\":\"http://127.0.0.1:9"))).isEmpty();
    }

    @Test
    void knowsWhetherTheEngineAndItsOwnerLive() {
        long self = ProcessHandle.current().pid();
        EngineRecord live = new EngineRecord(URI.create("http://127.0.0.1:9200"), self, self);

        assertThat(live.engineAlive()).isTrue();
        assertThat(live.ownerAlive()).isTrue();
        assertThat(new EngineRecord(live.url(), Long.MAX_VALUE, self).engineAlive()).isFalse();
    }
}
