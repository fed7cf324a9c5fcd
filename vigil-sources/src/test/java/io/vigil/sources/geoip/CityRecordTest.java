package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two record schemas as the MMDB reader hands them over (maps, lists, strings, numbers). No
 * MMDB writer is published on Maven Central for Java, so the MaxMind schema is tested on decoded
 * records built here after MaxMind's documented GeoIP2 City structure; the DB-IP schema is also
 * tested on the real file ({@link GeoIpEnricherTest}).
 */
class CityRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void dbIpFlatRecord() {
        // as the reader decodes the DB-IP record of 8.8.8.8: coordinates are 32-bit floats, unknown parts empty strings
        Map<String, Object> record = new HashMap<>(Map.of("country_code", "US", "state1", "California", "state2", "",
                "city", "Mountain View", "postcode", "", "timezone", "", "latitude", 37.422f, "longitude", -122.085f));
        assertThat(CityRecord.toLocation(record))
                .isEqualTo(new GeoLocation("US", null, "California", "Mountain View", 37.422, -122.085));
    }

    @Test
    void dbIpRecordWithEmptyParts() {
        Map<String, Object> record = new HashMap<>(Map.of("country_code", "SG", "state1", "", "city", "Singapore",
                "latitude", 1.35208f, "longitude", 103.82f));
        assertThat(CityRecord.toLocation(record))
                .isEqualTo(new GeoLocation("SG", null, null, "Singapore", 1.35208, 103.82));
    }

    @Test
    void maxMindCityRecord() {
        Map<String, Object> record = decoded("""
                {"city": {"geoname_id": 2643743, "names": {"de": "London", "en": "London", "ja": "ロンドン"}},
                 "continent": {"code": "EU", "geoname_id": 6255148, "names": {"en": "Europe"}},
                 "country": {"geoname_id": 2635167, "iso_code": "GB", "names": {"en": "United Kingdom", "fr": "Royaume-Uni"}},
                 "location": {"accuracy_radius": 100, "latitude": 51.5142, "longitude": -0.0931, "time_zone": "Europe/London"},
                 "registered_country": {"geoname_id": 6252001, "iso_code": "US", "names": {"en": "United States"}},
                 "subdivisions": [{"geoname_id": 6269131, "iso_code": "ENG", "names": {"en": "England"}},
                                  {"geoname_id": 3333157, "iso_code": "KEC", "names": {"en": "Kensington and Chelsea"}}]}
                """);
        assertThat(CityRecord.toLocation(record))
                .isEqualTo(new GeoLocation("GB", "United Kingdom", "England", "London", 51.5142, -0.0931));
    }

    @Test
    void maxMindCountryLevelRecord() {
        Map<String, Object> record = decoded("""
                {"country": {"iso_code": "CH", "names": {"en": "Switzerland"}},
                 "location": {"accuracy_radius": 500, "latitude": 47.1449, "longitude": 8.1551}}
                """);
        assertThat(CityRecord.toLocation(record))
                .isEqualTo(new GeoLocation("CH", "Switzerland", null, null, 47.1449, 8.1551));
    }

    @Test
    void onlyTheRegisteredCountryIsNotALocation() {
        // anycast and satellite networks: where the block is registered says nothing about where the address is
        Map<String, Object> record = decoded("""
                {"registered_country": {"iso_code": "US", "names": {"en": "United States"}},
                 "traits": {"is_anycast": true}}
                """);
        assertThat(CityRecord.toLocation(record)).isEqualTo(GeoLocation.NONE);
        assertThat(GeoLocation.NONE.isEmpty()).isTrue();
    }

    @Test
    void coordinatesOutOfRangeOrAloneAreLeftOut() {
        assertThat(CityRecord.toLocation(decoded("""
                {"country": {"iso_code": "FR"}, "location": {"latitude": 91.0, "longitude": 2.0}}
                """))).isEqualTo(new GeoLocation("FR", null, null, null, null, null));
        assertThat(CityRecord.toLocation(new HashMap<>(Map.of("country_code", "FR", "latitude", 48.85f))))
                .isEqualTo(new GeoLocation("FR", null, null, null, null, null));
        assertThat(CityRecord.toLocation(new HashMap<>(Map.of("country_code", "FR", "latitude", Float.NaN,
                "longitude", 2.35f)))).isEqualTo(new GeoLocation("FR", null, null, null, null, null));
    }

    @Test
    void unexpectedShapesGiveNothingRatherThanFail() {
        assertThat(CityRecord.toLocation(null)).isEqualTo(GeoLocation.NONE);
        assertThat(CityRecord.toLocation(Map.of())).isEqualTo(GeoLocation.NONE);
        assertThat(CityRecord.toLocation(decoded("""
                {"country": "GB", "city": ["London"], "subdivisions": {"en": "England"}, "location": "51,0"}
                """))).isEqualTo(GeoLocation.NONE);
        assertThat(CityRecord.toLocation(decoded("""
                {"country_code": 44, "city": {"en": "London"}, "latitude": "51.5", "longitude": null}
                """))).isEqualTo(GeoLocation.NONE);
    }

    private static Map<String, Object> decoded(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
