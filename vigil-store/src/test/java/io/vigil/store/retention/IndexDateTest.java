package io.vigil.store.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.pipeline.IndexSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexDateTest {

    private static final IndexSpec MONTHLY = spec("vigil-ecs", IndexSpec.Rollover.MONTHLY);
    private static final IndexSpec DAILY = spec("vigil-logs", IndexSpec.Rollover.DAILY);

    @Test
    void aPeriodEndsWhereTheNextBegins() {
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecs-2026.11")).contains(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecs-2026.12")).contains(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(IndexDate.periodEnd(DAILY, "vigil-logs-2024.02.29")).contains(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void namesWithoutTheSpecsDateFormHaveNoPeriod() {
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecs-extra-2026.11")).isEmpty();
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecs-2026.11.05")).isEmpty();
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecs-2026.13")).isEmpty();
        assertThat(IndexDate.periodEnd(DAILY, "vigil-logs-2026.11")).isEmpty();
        assertThat(IndexDate.periodEnd(MONTHLY, "vigil-ecsx-2026.11")).isEmpty();
        assertThat(IndexDate.periodEnd(spec("vigil-findings", IndexSpec.Rollover.NONE), "vigil-findings")).isEmpty();
    }

    private static IndexSpec spec(String prefix, IndexSpec.Rollover rollover) {
        return new IndexSpec(prefix, rollover, "m.json", Duration.ofDays(30));
    }
}
