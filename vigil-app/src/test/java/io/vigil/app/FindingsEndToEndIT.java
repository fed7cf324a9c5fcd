package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.findings.FindingReconciliation;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.FindingsConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.SyntheticFindings;
import io.vigil.sources.finding.SyntheticFindings.Threat;
import io.vigil.sources.finding.SyntheticFindings.Vulnerability;
import io.vigil.store.SearchBackend;
import io.vigil.web.keys.KeyStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finding lifecycle end to end, on the embedded engine and on Elasticsearch 8.19: every findings
 * fixture through {@code vigil ingest}, one finding through several paths and out of order, Inspector
 * closures and the reconciliation sweep.
 */
class FindingsEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    /** GuardDuty's ids are 32 hexadecimal characters; Security Hub copies are recognized by them. */
    private static final String DETECTOR = "6ab0f8c2d1e34f5a9b7c8d9e0f1a2b3c";

    abstract static class Flows {

        abstract List<String> engineArgs(Path dataDir);

        abstract VigilConfig config(Path dataDir);

        private VigilRun vigil(Path dataDir, String... command) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(engineArgs(dataDir));
            return VigilRun.of(args.toArray(String[]::new));
        }

        @Test
        void everyFindingsFixtureIngestsAndStatusCountsEachSource(@TempDir Path dir) throws Exception {
            Path data = dir.resolve("data");
            VigilRun guardDuty = vigil(data, "ingest", "guardduty", SharedFixtures.path("guardduty").toString());
            VigilRun inspector = vigil(data, "ingest", "inspector", SharedFixtures.path("inspector").toString());
            VigilRun securityHub = vigil(data, "ingest", "securityhub", SharedFixtures.path("securityhub").toString());

            // each finding update is two documents: its event and its latest state
            assertThat(guardDuty.out()).as(guardDuty.err()).contains("indexed 16  already present 0  dead-lettered 0");
            assertThat(guardDuty.exitCode()).isZero();
            assertThat(inspector.out()).as(inspector.err()).contains("indexed 22  already present 0  dead-lettered 1");
            assertThat(inspector.exitCode()).as("the Inspector2 Scan event holds no finding").isEqualTo(1);
            assertThat(securityHub.out()).as(securityHub.err()).contains("indexed 32  already present 0  dead-lettered 0");

            VigilRun again = vigil(data, "ingest", "securityhub", SharedFixtures.path("securityhub").toString());
            // the events are there already; each latest state is written again with the same version (external_gte)
            assertThat(again.out()).contains("indexed 16  already present 16");

            JsonNode status = JSON.readTree(vigil(data, "status", "--json").out());
            assertThat(status.at("/datasets/guardduty/documents").asLong()).isEqualTo(8);
            assertThat(status.at("/datasets/inspector/documents").asLong()).isEqualTo(11);
            assertThat(status.at("/datasets/inspector/dead_letters").asLong()).isEqualTo(1);
            assertThat(status.at("/datasets/securityhub/documents").asLong()).isEqualTo(16);
            assertThat(status.at("/datasets/findings/documents").asLong()).isEqualTo(8 + 11 + 16);

            try (Vigil vigil = Vigil.open(config(data), Map.of(), true)) {
                SearchBackend backend = vigil.engine().backend();
                JsonNode resolved = search(backend, "vigil-findings", "finding.status", "resolved");
                // one CLOSED Inspector finding, the two archived aws-samples GuardDuty findings, and the
                // three FSBP controls whose compliance PASSED
                List<String> resolutions = new ArrayList<>();
                resolved.forEach(hit -> {
                    resolutions.add(hit.at("/_source/finding/source").asText() + ":"
                            + hit.at("/_source/finding/resolution").asText());
                    assertThat(hit.at("/_source/finding/resolved_at").asText())
                            .isEqualTo(hit.at("/_source/finding/updated_at").asText());
                });
                assertThat(resolutions).containsExactlyInAnyOrder("inspector:closed", "guardduty:archived",
                        "guardduty:archived", "securityhub:compliance_passed", "securityhub:compliance_passed",
                        "securityhub:compliance_passed");
            }
        }

        @Test
        void oneFindingThroughEveryPathAndOutOfOrderIsOneFindingInItsNewestState(@TempDir Path dir) throws Exception {
            Instant first = NOW.minus(Duration.ofDays(3));
            Threat older = threat(first, first.plus(Duration.ofHours(1)), 3, false);
            Threat newer = threat(first, first.plus(Duration.ofHours(5)), 9, false);
            VigilConfig config = config(dir.resolve("data"));
            config = config.withWeb(config.web().withPort(0));
            KeyStore keys = new KeyStore(config.dataDir(), Clock.systemUTC());
            String key = keys.create("eventbridge", List.of("guardduty", "securityhub"), List.of("*")).plaintext();
            try (Vigil vigil = Vigil.open(config, Map.of(), false); VigilServer server = new VigilServer(vigil, keys, Map.of())) {
                URI url = server.start();
                // the newest update arrives first, as a Security Hub copy, then natively in GetFindings' PascalCase...
                assertThat(post(url, key, event("aws.securityhub", "Security Hub Findings - Imported",
                        "{\"findings\":[" + SyntheticFindings.securityHubCopy(newer) + "]}"))).isEqualTo(200);
                assertThat(post(url, key, event("aws.guardduty", "GuardDuty Finding",
                        SyntheticFindings.guardDuty(newer).toString()))).isEqualTo(200);
                // ...and the older update last, from a file of the S3 export
                Path export = dir.resolve("export.jsonl");
                Files.writeString(export, SyntheticFindings.guardDuty(older) + "\n");
                VigilRun file = VigilRun.of("ingest", "guardduty", export.toString(), "--data-dir", config.dataDir().toString(),
                        "--engine", vigil.engine().url().toString());
                assertThat(file.out()).as(file.err()).contains("indexed 1  already present 1");

                SearchBackend backend = vigil.engine().backend();
                backend.refresh("vigil-*");
                assertThat(backend.count("vigil-findings")).isEqualTo(1);
                assertThat(backend.count("vigil-finding-events-*")).as("the copy and the native update are one event")
                        .isEqualTo(2);
                JsonNode state = state(backend, FindingSource.GUARDDUTY, newer.arn());
                assertThat(state.at("/finding/updated_at").asText()).isEqualTo(newer.updatedAt().toString());
                assertThat(state.at("/finding/count").asLong()).isEqualTo(9);
                assertThat(state.at("/finding/first_seen").asText()).isEqualTo(first.toString());
                assertThat(state.at("/threat/indicator/ip").asText()).isEqualTo("203.0.113.7");
            }
        }

        @Test
        void closedAndVanishedFindingsAreResolvedAndAReportedUpdateReopensThem(@TempDir Path dir) throws Exception {
            Instant longAgo = NOW.minus(Duration.ofDays(120));
            Threat stale = threat(longAgo, longAgo.plus(Duration.ofHours(2)), 1, false);
            Threat recent = new Threat("111122223333", "eu-west-1", DETECTOR, "0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b",
                    "Recon:EC2/Portscan", 5.0, "i-1",
                    "203.0.113.9", "Netherlands", "NL", "Amsterdam", 52.37, 4.89, "Example", 22, 1, false,
                    NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)));
            Vulnerability opened = vulnerability("ACTIVE", NOW.minus(Duration.ofDays(10)));
            Vulnerability closed = vulnerability("CLOSED", NOW.minus(Duration.ofDays(3)));
            Path data = dir.resolve("data");
            Path gd = Files.writeString(dir.resolve("gd.jsonl"), SyntheticFindings.guardDuty(stale) + "\n"
                    + SyntheticFindings.guardDuty(recent) + "\n");
            Path inspector = Files.writeString(dir.resolve("inspector.json"), SyntheticFindings.page("findings",
                    List.of(SyntheticFindings.inspector(closed), SyntheticFindings.inspector(opened))).toString());
            assertThat(vigil(data, "ingest", "guardduty", gd.toString()).exitCode()).isZero();
            assertThat(vigil(data, "ingest", "inspector", inspector.toString()).exitCode()).isZero();

            try (Vigil vigil = Vigil.open(config(data), Map.of(), true)) {
                SearchBackend backend = vigil.engine().backend();
                backend.refresh("vigil-*");
                JsonNode fixed = state(backend, FindingSource.INSPECTOR, closed.arn());
                assertThat(fixed.at("/finding/status").asText()).isEqualTo("resolved");
                assertThat(fixed.at("/finding/resolved_at").asText()).isEqualTo(closed.updatedAt().toString());

                DeliveryReport sweep = new FindingReconciliation(backend, vigil.sink(), FindingsConfig.defaults(),
                        Clock.fixed(NOW, ZoneOffset.UTC)).run();
                backend.refresh("vigil-*");

                assertThat(sweep.read()).as("only the finding not updated for 90 days").isEqualTo(1);
                JsonNode vanished = state(backend, FindingSource.GUARDDUTY, stale.arn());
                assertThat(vanished.at("/finding/status").asText()).isEqualTo("resolved");
                assertThat(vanished.at("/finding/resolution").asText()).isEqualTo("not_reported");
                assertThat(vanished.at("/finding/resolved_at").asText()).isEqualTo(stale.updatedAt().toString());
                assertThat(state(backend, FindingSource.GUARDDUTY, recent.arn()).at("/finding/status").asText())
                        .isEqualTo("open");
                assertThat(backend.count("vigil-finding-events-*")).as("the resolution is an event too").isEqualTo(5);
            }
            Threat recurring = threat(longAgo, NOW.minus(Duration.ofHours(1)), 2, false);
            Path again = Files.writeString(dir.resolve("again.jsonl"), SyntheticFindings.guardDuty(recurring) + "\n");
            assertThat(vigil(data, "ingest", "guardduty", again.toString()).exitCode()).isZero();
            try (Vigil vigil = Vigil.open(config(data), Map.of(), true)) {
                vigil.engine().backend().refresh("vigil-*");
                JsonNode reopened = state(vigil.engine().backend(), FindingSource.GUARDDUTY, stale.arn());
                assertThat(reopened.at("/finding/status").asText()).isEqualTo("open");
                assertThat(reopened.at("/finding/resolved_at").isMissingNode()).isTrue();
            }
        }
    }

    private static Threat threat(Instant firstSeen, Instant updatedAt, int count, boolean archived) {
        return new Threat("111122223333", "eu-west-1", DETECTOR, "b2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1",
                "UnauthorizedAccess:EC2/SSHBruteForce", 8.0,
                "i-0abc", "203.0.113.7", "Netherlands", "NL", "Amsterdam", 52.37, 4.89, "Example Hosting", 22, count,
                archived, firstSeen, updatedAt);
    }

    private static Vulnerability vulnerability(String status, Instant updatedAt) {
        return new Vulnerability("111122223333", "eu-west-1", status.equals("CLOSED") ? "v-closed" : "v-open", "i-0abc",
                "CVE-2024-6387", "openssh", "8.7p1", "8.7p1-38", 8.1, "HIGH", status, updatedAt.minus(Duration.ofDays(7)),
                updatedAt);
    }

    private static String event(String source, String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + detailType.hashCode() + "\",\"detail-type\":\"" + detailType + "\","
                + "\"source\":\"" + source + "\",\"account\":\"111122223333\",\"time\":\"" + NOW + "\","
                + "\"region\":\"eu-west-1\",\"resources\":[],\"detail\":" + detail + "}";
    }

    private static int post(URI url, String key, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url.resolve("/ingest/eventbridge"))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** The stored latest state of a finding, or null. */
    private static JsonNode state(SearchBackend backend, FindingSource source, String nativeId) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("ids").putArray("values").add(FindingDocuments.stateId(source, nativeId));
        JsonNode hits = backend.search("vigil-findings", query).at("/hits/hits");
        return hits.isEmpty() ? null : hits.get(0).get("_source");
    }

    private static JsonNode search(SearchBackend backend, String index, String field, String value) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("term").put(field, value);
        return backend.search(index, query).at("/hits/hits");
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
