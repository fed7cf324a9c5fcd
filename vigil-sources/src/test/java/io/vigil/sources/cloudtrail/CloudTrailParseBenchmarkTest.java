package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable; its figures are printed by its main, not asserted here. */
class CloudTrailParseBenchmarkTest {

    @Test
    void generatedRecordsAllDecodeAndNormalize() {
        CloudTrailParseBenchmark.Result result = CloudTrailParseBenchmark.run(2_500);
        assertThat(result.events()).isEqualTo(2_500);
        assertThat(result.eventsPerSecond()).isPositive();
        assertThat(result.jsonBytes()).isGreaterThan(result.gzipBytes());
    }
}
