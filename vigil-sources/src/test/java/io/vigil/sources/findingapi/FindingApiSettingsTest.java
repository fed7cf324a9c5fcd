package io.vigil.sources.findingapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.sources.finding.FindingSource;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingApiSettingsTest {

    @Test
    void unsetValuesTakeTheirDefaultsAndNoSourcesMeansAll() {
        FindingApiSettings settings = new FindingApiSettings(null, null, null, 3, Set.of());

        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.lookback()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.overlap()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.sources()).isEqualTo(EnumSet.allOf(FindingSource.class));
        assertThat(FindingApiSettings.defaults().maxAttempts()).isEqualTo(5);
    }

    @Test
    void valuesThatCannotWorkAreRefusedByName() {
        assertThatThrownBy(() -> new FindingApiSettings(Duration.ZERO, null, null, 5, null))
                .hasMessage("the findings API interval must be positive, got PT0S");
        assertThatThrownBy(() -> new FindingApiSettings(null, null, Duration.ofMinutes(-1), 5, null))
                .hasMessage("the findings API overlap must not be negative, got PT-1M");
        assertThatThrownBy(() -> new FindingApiSettings(null, null, null, 0, null))
                .hasMessage("the findings API max attempts must be at least 1, got 0");
    }
}
