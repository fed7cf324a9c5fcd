package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void relativeAndAbsoluteEndsResolveOnTheServer() {
        assertThat(TimeRange.parse("now-24h", "now", NOW))
                .isEqualTo(new TimeRange(Instant.parse("2026-11-26T12:00:00Z"), NOW));
        assertThat(TimeRange.parse("now-2w", "now-1d", NOW))
                .isEqualTo(new TimeRange(Instant.parse("2026-11-13T12:00:00Z"), Instant.parse("2026-11-26T12:00:00Z")));
        assertThat(TimeRange.parse("2026-11-01T00:00:00Z", "now-90m", NOW).to()).isEqualTo(Instant.parse("2026-11-27T10:30:00Z"));
        assertThat(TimeRange.relative("now-30d")).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theHistogramIntervalGivesAtMostAHundredBuckets() {
        assertThat(interval("now-1h")).isEqualTo("1m");
        assertThat(interval("now-24h")).isEqualTo("30m");
        assertThat(interval("now-7d")).isEqualTo("3h");
        assertThat(interval("now-30d")).isEqualTo("12h");
        assertThat(interval("now-90d")).isEqualTo("1d");
        assertThat(interval("now-3000d")).isEqualTo("30d");
    }

    @Test
    void wrongRangesAreRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> TimeRange.parse("yesterday", "now", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'from' is 'yesterday': expected now, now-<number><m|h|d|w>");
        assertThatThrownBy(() -> TimeRange.parse("now-1h", "now-2h", NOW)).hasMessageContaining("must start before it ends");
        assertThatThrownBy(() -> TimeRange.parse("now-4000d", "now", NOW)).hasMessageContaining("longer than 3660 days");
        assertThatThrownBy(() -> TimeRange.relative("now")).hasMessageContaining("not a relative time");
    }

    private static String interval(String from) {
        return TimeRange.parse(from, "now", NOW).interval().expression();
    }
}
