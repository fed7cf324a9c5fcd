package io.vigil.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankOfOneToHundredMillis() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void rankRoundsUpOnFewMeasurements() {
        Latencies latencies = new Latencies();
        latencies.add(30_000_000L);
        latencies.add(10_000_000L);
        latencies.add(20_000_000L);
        // 50% of 3 is rank 1.5 -> 2nd smallest; 95% of 3 is rank 2.85 -> the largest
        assertThat(latencies.percentileMillis(50)).isEqualTo(20.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(30.0);
    }

    @Test
    void oneMeasurementIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.add(1_500_000L);
        assertThat(latencies.percentileMillis(50)).isEqualTo(1.5);
        assertThat(latencies.percentileMillis(95)).isEqualTo(1.5);
    }

    @Test
    void growsPastItsFirstCapacity() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 1_000; i++) {
            latencies.add(i * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(95)).isEqualTo(950.0);
    }

    @Test
    void refusesWhatCannotBeAnswered() {
        assertThatThrownBy(() -> new Latencies().percentileMillis(50)).isInstanceOf(IllegalStateException.class);
        Latencies latencies = new Latencies();
        latencies.add(1);
        assertThatThrownBy(() -> latencies.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> latencies.percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
