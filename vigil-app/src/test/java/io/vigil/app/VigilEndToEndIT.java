package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.VigilConfig;
import io.vigil.web.keys.KeyStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil ingest ecs}, {@code vigil status --json} and {@code POST /ingest/ecs} end to end, on the
 * embedded engine and on an external Elasticsearch 8.19, exactly as a user runs them.
 */
class VigilEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The engine options of one family: embedded on a data directory, or {@code --engine URL}. */
    abstract static class Flows {

        abstract List<String> engineArgs(Path dataDir);

        abstract VigilConfig config(Path dataDir);

        private String[] args(Path dataDir, String... command) {
            List<String> all = new java.util.ArrayList<>(List.of(command));
            all.addAll(engineArgs(dataDir));
            return all.toArray(String[]::new);
        }

        @Test
        void ingestTwiceThenStatus(@TempDir Path dir) throws Exception {
            Path inputs = IngestFiles.write(dir);
            Path dataDir = dir.resolve("data");

            VigilRun first = VigilRun.of(args(dataDir, "ingest", "ecs", inputs.toString()));
            assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
            assertThat(first.out()).contains("read 8  indexed 5  already present 0  dead-lettered 3  failed inputs 0");

            VigilRun second = VigilRun.of(args(dataDir, "ingest", "ecs", inputs.toString()));
            assertThat(second.out()).contains("read 8  indexed 0  already present 5  dead-lettered 3");

            VigilRun status = VigilRun.of(args(dataDir, "status", "--json"));
            assertThat(status.exitCode()).as(status.err()).isZero();
            JsonNode report = JSON.readTree(status.out());
            assertThat(report.at("/datasets/ecs/documents").asLong()).isEqualTo(IngestFiles.GOOD);
            assertThat(report.at("/datasets/ecs/dead_letters").asLong()).isEqualTo(IngestFiles.BAD);
            assertThat(report.at("/engine/health").asText()).isIn("green", "yellow");
        }

        @Test
        void ingestEndpointIndexesAndStatsCount(@TempDir Path dir) throws Exception {
            VigilConfig config = config(dir.resolve("data"));
            config = config.withWeb(config.web().withPort(0));
            KeyStore keys = new KeyStore(config.dataDir(), Clock.systemUTC());
            String key = keys.create("it", List.of("ecs"), List.of("*")).plaintext();
            try (Vigil vigil = Vigil.open(config, Map.of(), false); VigilServer server = new VigilServer(vigil, keys, Map.of())) {
                URI url = server.start();
                String body = "{\"@timestamp\":\"2026-11-20T12:00:00Z\",\"event\":{\"id\":\"http-1\"}}\n"
                        + "{\"@timestamp\":\"2026-11-20T12:00:01Z\",\"event\":{\"id\":\"http-2\"}}\nnot json\n";
                HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(url.resolve("/ingest/ecs"))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
                JsonNode counts = JSON.readTree(posted.body());
                assertThat(counts.get("indexed").asLong()).isEqualTo(2);
                assertThat(counts.get("dead_lettered").asLong()).isEqualTo(1);

                vigil.engine().backend().refresh("vigil-*");
                HttpResponse<String> stats = HTTP.send(HttpRequest.newBuilder(url.resolve("/api/stats"))
                        .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(stats.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(stats.body()).at("/documents/ecs").asLong()).isEqualTo(2);

                HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(url.resolve("/api/stats")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(anonymous.statusCode()).isEqualTo(401);
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Embedded extends Flows {

        @Override
        List<String> engineArgs(Path dataDir) {
            return List.of("--data-dir", dataDir.toString());
        }

        @Override
        VigilConfig config(Path dataDir) {
            return VigilConfig.defaults().withDataDir(dataDir);
        }

        @Test
        void publicSourceAddressesAreLocatedAndPrivateOnesAreNot(@TempDir Path dir) throws Exception {
            Path geoip = Path.of(System.getProperty("vigil.geoip.dir", "geoip"));
            boolean present = Files.isDirectory(geoip) && Files.list(geoip).anyMatch(f -> f.toString().endsWith(".mmdb"));
            if (!present && "true".equals(System.getenv("CI"))) {
                Assertions.fail("no GeoIP database in " + geoip + ": .ci/run fetches it with .ci/fetch-geoip");
            }
            Assumptions.assumeTrue(present, "no GeoIP database in " + geoip + "; run .ci/fetch-geoip");
            Files.writeString(dir.resolve("geo.ndjson"), ""
                    + "{\"@timestamp\":\"2026-11-20T12:00:00Z\",\"event\":{\"id\":\"geo-public\"},\"source\":{\"ip\":\"8.8.8.8\"}}\n"
                    + "{\"@timestamp\":\"2026-11-20T12:00:00Z\",\"event\":{\"id\":\"geo-private\"},\"source\":{\"ip\":\"10.1.2.3\"}}\n");
            VigilRun run = VigilRun.of("ingest", "ecs", dir.resolve("geo.ndjson").toString(), "--data-dir", dir.resolve("data").toString());
            assertThat(run.out()).as(run.err()).contains("indexed 2");
            try (Vigil vigil = Vigil.open(config(dir.resolve("data")), Map.of(), true)) {
                ObjectNode query = JSON.createObjectNode();
                query.putObject("query").putObject("ids").putArray("values").add("geo-public").add("geo-private");
                JsonNode hits = vigil.engine().backend().search("vigil-ecs-*", query).at("/hits/hits");
                Map<String, JsonNode> byId = new java.util.HashMap<>();
                hits.forEach(hit -> byId.put(hit.get("_id").asText(), hit.get("_source")));
                // Google's public resolver: DB-IP places it in the United States
                assertThat(byId.get("geo-public").at("/source/geo/country_iso_code").asText()).isEqualTo("US");
                assertThat(byId.get("geo-public").at("/source/geo/location/lat").isNumber()).isTrue();
                assertThat(byId.get("geo-private").at("/source/geo").isMissingNode()).isTrue();
            }
        }

        @Test
        void ingestUsesTheEngineOfARunningServe(@TempDir Path dir) throws Exception {
            Path inputs = IngestFiles.write(dir);
            VigilConfig config = config(dir.resolve("data"));
            config = config.withWeb(config.web().withPort(0));
            try (Vigil serving = Vigil.open(config, Map.of(), false)) {
                VigilRun run = VigilRun.of("ingest", "ecs", inputs.toString(), "--data-dir", config.dataDir().toString());
                assertThat(run.err()).contains("embedded engine of the running vigil serve");
                assertThat(run.out()).contains("indexed 5");
                serving.engine().backend().refresh("vigil-ecs-*");
                assertThat(serving.engine().backend().count("vigil-ecs-*")).isEqualTo(IngestFiles.GOOD);
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnElasticsearch extends Flows {

        @RegisterExtension
        final ExternalElasticsearch elasticsearch = ExternalElasticsearch.emptiedBeforeEachTest();

        @Override
        List<String> engineArgs(Path dataDir) {
            return elasticsearch.engineArgs(dataDir);
        }

        @Override
        VigilConfig config(Path dataDir) {
            return elasticsearch.config(dataDir);
        }
    }
}
