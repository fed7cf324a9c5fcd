package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void rejectsWhatCannotWork() {
        assertThatThrownBy(() -> new EngineOptions(DATA, 64L << 20, 0, Duration.ofSeconds(60)))
                .hasMessage("engine heap 67108864 bytes is too small; give at least 128mb");
        assertThatThrownBy(() -> new EngineOptions(DATA, 512L << 20, 70000, Duration.ofSeconds(60)))
                .hasMessage("engine HTTP port 70000 is not a port; use 1-65535, or 0 for a free one");
        assertThatThrownBy(() -> new EngineOptions(DATA, 512L << 20, 0, Duration.ZERO))
                .hasMessage("engine start timeout PT0S must be positive");
    }
}
