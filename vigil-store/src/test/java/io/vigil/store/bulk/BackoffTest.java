package io.vigil.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesGrowingWithJitterUntilTheRetryLimit() {
        Backoff backoff = new Backoff(Duration.ofMillis(700));
        long start = System.nanoTime();
        int pauses = 0;
        while (backoff.pause()) {
            pauses++;
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        // nominal 200 + 400 ms (each at least half), then the rest of the 700 ms
        assertThat(pauses).isBetween(2, 4);
        assertThat(elapsedMillis).isBetween(690L, 2000L);
        assertThat(backoff.pause()).isFalse();
    }

    @Test
    void aZeroLimitNeverWaits() {
        assertThat(new Backoff(Duration.ZERO).pause()).isFalse();
    }
}
