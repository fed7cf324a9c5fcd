package io.vigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingSource;
import io.vigil.store.SearchBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo loaded into the embedded engine through the same path as {@code vigil ingest}, checked by
 * engine queries: every record is a document, every finding one state however many paths it came
 * by, the stories are there, and every project has its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDatasetIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAIL = "vigil-cloudtrail-*";
    private static final String EVERYTHING = "vigil-cloudtrail-*,vigil-finding-events-*,vigil-findings";

    private Vigil vigil;
    private SearchBackend engine;
    private DemoLoad demo;

    @BeforeAll
    void loadTheDemo(@TempDir Path dir) {
        long started = System.nanoTime();
        Duration cpuBefore = cpu();
        vigil = Vigil.open(VigilConfig.defaults().withDataDir(dir.resolve("data")).withPrograms(DemoDataset.programs()),
                Map.of(), false);
        long opened = System.nanoTime();
        demo = DemoDataset.load(vigil, Clock.systemUTC());
        engine = vigil.engine().backend();
        // wall time depends on what else runs on the machine; CPU time (this JVM and the engine's) much less
        System.out.printf("demo: engine started in %.1f s, demo written and loaded in %.1f s (%s); %.1f s in all,"
                        + " %.1f CPU seconds (Vigil and engine), load average %.1f%n", (opened - started) / 1e9,
                demo.took().toMillis() / 1e3, demo.summary(), (System.nanoTime() - started) / 1e9,
                cpu().minus(cpuBefore).toMillis() / 1e3,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this JVM and its child processes (the embedded engine) so far. */
    private static Duration cpu() {
        ProcessHandle self = ProcessHandle.current();
        return Stream.concat(Stream.of(self), self.descendants())
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    @AfterAll
    void close() {
        if (vigil != null) {
            vigil.close();
        }
    }

    @Test
    void everyRecordIsIndexedAndNothingIsDeadLettered() {
        assertThat(demo.problems()).isEmpty();
        assertThat(demo.deadLettered()).isZero();
        assertThat(engine.count(TRAIL)).isEqualTo(demo.written().records().get("cloudtrail"));
        assertThat(demo.written().files().get("cloudtrail")).isEqualTo(
                RawDemo.files(vigil.config().dataDir().resolve(DemoDataset.FOLDER).resolve("cloudtrail")).size());
    }

    @Test
    void everyFindingIsOneStateAndSecurityHubCopiesCountNothingTwice() {
        assertThat(demo.written().records().get("securityhub")).isPositive();
        assertThat(engine.count("vigil-findings")).isEqualTo(DemoVulnerabilities.FINDINGS + DemoThreats.FINDINGS)
                .isEqualTo(demo.written().findings());
        assertThat(engine.count("vigil-finding-events-*")).isEqualTo(demo.written().findingUpdates());
        assertThat(count("vigil-findings", term("finding.source", "guardduty"))).isEqualTo(DemoThreats.FINDINGS);
        assertThat(count("vigil-findings", term("finding.source", "inspector"))).isEqualTo(DemoVulnerabilities.FINDINGS);
        assertThat(count("vigil-findings", term("finding.source", "securityhub"))).isZero();
    }

    @Test
    void theCriticalCveIsResolvedSevenDaysAfterItWasFirstSeen() {
        JsonNode finding = state(FindingSource.INSPECTOR, DemoVulnerabilities.remediationArn()).get("finding");
        assertThat(finding.get("status").asText()).isEqualTo("resolved");
        assertThat(finding.get("severity").asText()).isEqualTo("critical");
        assertThat(Duration.between(Instant.parse(finding.get("first_seen").asText()),
                Instant.parse(finding.get("resolved_at").asText()))).isEqualTo(DemoVulnerabilities.REMEDIATION);
    }

    @Test
    void theSshBruteForceIsOneArchivedFindingOfPaymentsFromChina() {
        JsonNode state = state(FindingSource.GUARDDUTY, DemoThreats.bruteForceArn());
        assertThat(state.at("/finding/status").asText()).isEqualTo("resolved");
        assertThat(state.at("/finding/type").asText()).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(state.at("/finding/count").asLong()).isEqualTo(2_877);
        assertThat(state.at("/threat/indicator/geo/country_iso_code").asText()).isEqualTo("CN");
        assertThat(state.get("vigil").get("project")).extracting(JsonNode::asText).containsExactly("payments");
    }

    @Test
    void theTrailsStoriesCanBeQueried() {
        assertThat(count(TRAIL, term("user.name", TrailStories.DENIED_USER), term("error.code", "AccessDenied")))
                .isEqualTo(TrailStories.DENIED_CALLS);
        ObjectNode withoutMfa = search(TRAIL, List.of(term("event.action", "ConsoleLogin"),
                term("event.outcome", "success"), term("aws.cloudtrail.mfa_used", false),
                term("aws.cloudtrail.user_identity.type", "IAMUser")), "user.name");
        assertThat(keys(engine.search(TRAIL, withoutMfa))).containsExactlyInAnyOrder("bob", "erin", "gustavo");
        assertThat(count(TRAIL, term("aws.cloudtrail.user_identity.type", "Root"))).isBetween(4L, 10L);
    }

    @Test
    void everyProjectHasDataAndTheSharedAccountsDocumentsBelongToBothItsProjects() {
        for (String project : List.of("storefront", "payments", "identity", "infrastructure")) {
            assertThat(count(TRAIL, term("vigil.project", project))).as(project + " in CloudTrail").isPositive();
            assertThat(count("vigil-findings", term("vigil.project", project))).as(project + " findings").isPositive();
        }
        assertThat(count(EVERYTHING, term("vigil.project", "unassigned"))).isZero();
        ObjectNode shared = term("cloud.account.id", DemoEstate.SHARED_ACCOUNT);
        long inShared = count(EVERYTHING, shared);
        assertThat(inShared).isPositive();
        assertThat(count(EVERYTHING, shared, term("vigil.project", "storefront"), term("vigil.project", "payments")))
                .isEqualTo(inShared);
    }

    @Test
    void publicSourceAddressesAreLocatedInSeveralCountries() throws Exception {
        Path geoip = Path.of(System.getProperty("vigil.geoip.dir", "geoip"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(geoip)
                && Files.list(geoip).anyMatch(file -> file.toString().endsWith(".mmdb")), "no GeoIP database in " + geoip);
        List<String> countries = keys(engine.search(TRAIL, search(TRAIL, List.of(), "source.geo.country_iso_code")));
        assertThat(countries).contains("IE", "US", "DE", "GB", "FR", "NL", "VN");
    }

    private JsonNode state(FindingSource source, String arn) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("ids").putArray("values").add(FindingDocuments.stateId(source, arn));
        JsonNode hits = engine.search("vigil-findings", query).at("/hits/hits");
        assertThat(hits).as("the state of " + arn).hasSize(1);
        return hits.get(0).get("_source");
    }

    private long count(String indices, ObjectNode... filters) {
        ObjectNode body = search(indices, List.of(filters), null);
        return engine.search(indices, body).at("/hits/total/value").asLong();
    }

    /** A query of all the filters; with a terms aggregation {@code by} of the field when given. */
    private static ObjectNode search(String indices, List<ObjectNode> filters, String termsOf) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        ArrayNode all = body.putObject("query").putObject("bool").putArray("filter");
        filters.forEach(all::add);
        if (termsOf != null) {
            body.putObject("aggs").putObject("by").putObject("terms").put("field", termsOf).put("size", 50);
        }
        return body;
    }

    private static List<String> keys(JsonNode response) {
        List<String> keys = new ArrayList<>();
        response.at("/aggregations/by/buckets").forEach(bucket -> keys.add(bucket.get("key").asText()));
        return keys;
    }

    private static ObjectNode term(String field, Object value) {
        ObjectNode term = JSON.createObjectNode();
        ObjectNode inner = term.putObject("term");
        if (value instanceof Boolean flag) {
            inner.put(field, flag);
        } else {
            inner.put(field, value.toString());
        }
        return term;
    }
}
