package io.vigil.sources.geoip;

import java.util.List;
import java.util.Map;

/**
 * A city record as the MMDB reader decodes it, in either of the two schemas Vigil reads:
 * <ul>
 *   <li>DB-IP Lite as packaged by ip-location-db, flat: {@code country_code}, {@code state1},
 *       {@code city}, {@code latitude}, {@code longitude} (also {@code state2}, {@code postcode},
 *       {@code timezone}, often empty strings);</li>
 *   <li>MaxMind GeoLite2/GeoIP2 City, nested: {@code country.iso_code}, {@code country.names.en},
 *       {@code subdivisions[0].names.en}, {@code city.names.en}, {@code location.latitude} and
 *       {@code location.longitude}.</li>
 * </ul>
 * The schema is told per record from its keys, so either kind of file works without configuration.
 */
final class CityRecord {

    private static final String LANGUAGE = "en";

    private CityRecord() {
    }

    static GeoLocation toLocation(Map<String, Object> record) {
        if (record == null || record.isEmpty()) {
            return GeoLocation.NONE;
        }
        return record.containsKey("country_code") || record.containsKey("state1") ? flat(record) : maxMind(record);
    }

    private static GeoLocation flat(Map<String, Object> record) {
        return new GeoLocation(text(record.get("country_code")), null, text(record.get("state1")),
                text(record.get("city")), latitude(record.get("latitude")), longitude(record.get("longitude")));
    }

    private static GeoLocation maxMind(Map<String, Object> record) {
        Map<?, ?> country = map(record.get("country"));
        Map<?, ?> location = map(record.get("location"));
        List<?> subdivisions = record.get("subdivisions") instanceof List<?> list ? list : List.of();
        return new GeoLocation(text(country.get("iso_code")), name(country),
                subdivisions.isEmpty() ? null : name(map(subdivisions.get(0))), name(map(record.get("city"))),
                latitude(location.get("latitude")), longitude(location.get("longitude")));
    }

    private static String name(Map<?, ?> place) {
        return text(map(place.get("names")).get(LANGUAGE));
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    private static Double latitude(Object value) {
        Double degrees = degrees(value);
        return degrees != null && Math.abs(degrees) <= 90 ? degrees : null;
    }

    private static Double longitude(Object value) {
        Double degrees = degrees(value);
        return degrees != null && Math.abs(degrees) <= 180 ? degrees : null;
    }

    /** DB-IP stores coordinates as 32-bit floats: read through their decimal form, 37.422 stays 37.422. */
    private static Double degrees(Object value) {
        if (value instanceof Float f) {
            return f.isNaN() ? null : Double.valueOf(Float.toString(f));
        }
        return value instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : null;
    }
}
