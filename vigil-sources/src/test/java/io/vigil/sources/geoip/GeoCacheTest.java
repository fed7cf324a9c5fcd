package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GeoCacheTest {

    private static final GeoLocation ZURICH = new GeoLocation("CH", null, "Zurich", "Zurich", 47.3769, 8.5417);

    @Test
    void remembersWhatWasPut() {
        GeoCache cache = new GeoCache(16);
        assertThat(cache.get("130.59.31.80")).isNull();
        cache.put("130.59.31.80", ZURICH);
        cache.put("10.0.0.1", GeoLocation.NONE);
        assertThat(cache.get("130.59.31.80")).isSameAs(ZURICH);
        assertThat(cache.get("10.0.0.1")).isSameAs(GeoLocation.NONE);
        assertThat(cache.get("130.59.31.81")).isNull();
    }

    @Test
    void staysWithinItsSlots() {
        GeoCache cache = new GeoCache(4);
        for (int i = 0; i < 1000; i++) {
            cache.put("192.0.2." + (i % 256) + "/" + i, ZURICH);
        }
        int cached = 0;
        for (int i = 0; i < 1000; i++) {
            cached += cache.get("192.0.2." + (i % 256) + "/" + i) != null ? 1 : 0;
        }
        assertThat(cached).isBetween(1, 4);
    }

    @Test
    void capacityIsAPowerOfTwo() {
        assertThatThrownBy(() -> new GeoCache(1000)).hasMessageContaining("power of two");
        assertThatThrownBy(() -> new GeoCache(0)).hasMessageContaining("power of two");
    }

    @Test
    void concurrentReadersSeeWholeEntriesOnly() throws Exception {
        GeoCache cache = new GeoCache(8);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 200_000; i++) {
                        String address = "198.51.100." + ((i + thread) % 32);
                        GeoLocation cached = cache.get(address);
                        if (cached != null) {
                            assertThat(cached.cityName()).isEqualTo(address);
                        }
                        cache.put(address, new GeoLocation("ZZ", null, null, address, null, null));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
