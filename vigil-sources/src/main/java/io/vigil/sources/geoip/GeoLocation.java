package io.vigil.sources.geoip;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an address is, as far as the database knows: ECS {@code geo} fields. Any part may be
 * {@code null}; the location is given only with both coordinates.
 */
public record GeoLocation(String countryIsoCode, String countryName, String regionName, String cityName,
                          Double latitude, Double longitude) {

    /** Nothing known: an unknown, private or reserved address. */
    public static final GeoLocation NONE = new GeoLocation(null, null, null, null, null, null);

    public GeoLocation {
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
    }

    public boolean isEmpty() {
        return countryIsoCode == null && countryName == null && regionName == null && cityName == null
                && latitude == null;
    }

    /** Writes the known parts into an ECS {@code geo} object; the location as a geo_point {@code {"lat","lon"}}. */
    public void writeTo(ObjectNode geo) {
        putIfKnown(geo, "country_iso_code", countryIsoCode);
        putIfKnown(geo, "country_name", countryName);
        putIfKnown(geo, "region_name", regionName);
        putIfKnown(geo, "city_name", cityName);
        if (latitude != null) {
            geo.putObject("location").put("lat", latitude).put("lon", longitude);
        }
    }

    private static void putIfKnown(ObjectNode geo, String field, String value) {
        if (value != null) {
            geo.put(field, value);
        }
    }
}
