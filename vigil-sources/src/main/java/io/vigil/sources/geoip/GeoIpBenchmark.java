package io.vigil.sources.geoip;

import io.vigil.core.config.GeoIpConfig;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * GeoIP lookups per second on one thread, without and with the cache: random public IPv4
 * addresses (every one a database lookup), then a working set of {@value #WORKING_SET} addresses
 * asked again and again (every one a cache hit, as for the few thousand distinct callers of a
 * CloudTrail account). Each figure is the median of {@value #MEASURED_PASSES} passes after a warm-up.
 *
 * <p>Run: {@code java -cp <vigil-sources, vigil-core, maxmind-db, Jackson and slf4j jars>
 * io.vigil.sources.geoip.GeoIpBenchmark [lookups]}, with the database where {@link GeoIpFiles} finds it.
 */
public final class GeoIpBenchmark {

    static final int WORKING_SET = 2_000;
    private static final int MEASURED_PASSES = 5;

    /** Figures of one run. */
    public record Result(int lookups, double uncachedPerSecond, double cachedPerSecond, double locatedShare,
                         String database) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "GeoIP, 1 thread, %,d lookups per pass: %,.0f lookups/s without cache"
                            + " (random public IPv4, %.0f%% located), %,.0f lookups/s from the cache (%,d addresses);"
                            + " median of %d passes; %s; Java %s, %d CPUs",
                    lookups, uncachedPerSecond, 100 * locatedShare, cachedPerSecond, WORKING_SET, MEASURED_PASSES,
                    database, Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        }
    }

    private GeoIpBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int lookups = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        try (GeoIpEnricher enricher = GeoIpEnricher.create(GeoIpConfig.defaults(), System.getenv())) {
            if (!enricher.enabled()) {
                System.err.println("no GeoIP database: run .ci/fetch-geoip, or set VIGIL_GEOIP_DIR");
                System.exit(2);
            }
            System.out.println(run(enricher, lookups));
        }
    }

    public static Result run(GeoIpEnricher enricher, int lookups) {
        String[] random = publicAddresses(new Random(42), lookups);
        String[] repeated = new String[lookups];
        for (int i = 0; i < lookups; i++) {
            // a string of its own, as each parsed document has: its hash is not computed yet
            repeated[i] = new String(random[i % WORKING_SET].toCharArray());
        }
        int located = 0;
        for (String address : random) {
            located += enricher.lookUp(address).isEmpty() ? 0 : 1;
        }
        double[] uncached = new double[MEASURED_PASSES];
        double[] cached = new double[MEASURED_PASSES];
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            uncached[pass] = perSecond(lookups, () -> {
                for (String address : random) {
                    enricher.lookUp(address);
                }
            });
            cached[pass] = perSecond(lookups, () -> {
                for (String address : repeated) {
                    enricher.locate(address);
                }
            });
        }
        return new Result(lookups, median(uncached), median(cached), (double) located / lookups, enricher.description());
    }

    private static String[] publicAddresses(Random random, int count) {
        String[] addresses = new String[count];
        int found = 0;
        while (found < count) {
            int bits = random.nextInt();
            byte[] address = {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
            if (PublicAddress.isPublic(address)) {
                addresses[found++] = (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
            }
        }
        return addresses;
    }

    private static double perSecond(int operations, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return operations / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
