package io.vigil.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexSpecTest {

    @Test
    void indexIsNamedFromTheEventTimeInUtc() {
        Instant lateOnNewYearsEve = Instant.parse("2025-12-31T23:30:00Z");
        assertThat(new IndexSpec("vigil-ecs", IndexSpec.Rollover.MONTHLY, "m", null).indexFor(lateOnNewYearsEve))
                .isEqualTo("vigil-ecs-2025.12");
        assertThat(new IndexSpec("vigil-logs", IndexSpec.Rollover.DAILY, "m", null).indexFor(lateOnNewYearsEve))
                .isEqualTo("vigil-logs-2025.12.31");
        IndexSpec latest = new IndexSpec("vigil-findings", IndexSpec.Rollover.NONE, "m", null);
        assertThat(latest.indexFor(lateOnNewYearsEve)).isEqualTo("vigil-findings");
        assertThat(latest.pattern()).isEqualTo("vigil-findings");
    }
}
