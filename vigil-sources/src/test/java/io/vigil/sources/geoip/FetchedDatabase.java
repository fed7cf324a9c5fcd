package io.vigil.sources.geoip;

import static org.junit.jupiter.api.Assertions.fail;

import io.vigil.core.config.GeoIpConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The DB-IP database fetched by {@code .ci/fetch-geoip}, found like the application finds it (the
 * build sets the system property {@code vigil.geoip.dir}; {@code VIGIL_GEOIP_DIR} also counts).
 * Where it is absent the tests that need it are skipped with a message, except in CI
 * ({@code CI=true}), where it must be there.
 */
final class FetchedDatabase {

    private static GeoIpDatabase shared;

    private FetchedDatabase() {
    }

    /** One open database for all tests that only read it; call it before each test, so that each is skipped. */
    static synchronized GeoIpDatabase shared() {
        if (shared == null) {
            shared = open();
        }
        return shared;
    }

    static GeoIpFiles files() {
        GeoIpFiles byProperty = GeoIpFiles.locate(GeoIpConfig.defaults(),
                System.getProperty(GeoIpFiles.DIRECTORY_PROPERTY), Map.of());
        if (!byProperty.files().isEmpty()) {
            return byProperty;
        }
        GeoIpFiles byEnvironment = GeoIpFiles.locate(GeoIpConfig.defaults(), null, System.getenv());
        if (!byEnvironment.files().isEmpty()) {
            return byEnvironment;
        }
        String message = "the DB-IP GeoIP database is not there (" + byProperty.origin() + "; " + byEnvironment.origin()
                + "); run .ci/fetch-geoip to fetch it";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return byProperty;
    }

    /** A database of its own, for a test that closes it. */
    static GeoIpDatabase open() {
        try {
            return GeoIpDatabase.open(files().files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
