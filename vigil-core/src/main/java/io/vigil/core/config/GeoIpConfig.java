package io.vigil.core.config;

import java.nio.file.Path;

/**
 * Offline IP geolocation for public source addresses.
 *
 * @param database an MMDB file: DB-IP Lite city (fetched at set-up) or a MaxMind GeoLite2/GeoIP2 City
 *                 file; when absent Vigil looks for the fetched DB-IP file, and without any file
 *                 enrichment is off (one warning, never a failure)
 */
public record GeoIpConfig(Path database) {

    public static GeoIpConfig defaults() {
        return new GeoIpConfig(null);
    }
}
