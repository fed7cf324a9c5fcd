package io.vigil.web.dashboard;

import io.vigil.web.page.StaticAssets;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.EngineConfig;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.store.SearchBackend;
import io.vigil.store.SearchBackends;
import io.vigil.store.engines.TestEngine;
import io.vigil.store.template.IndexTemplates;
import io.vigil.web.auth.Principal;
import io.vigil.web.users.Role;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboards' queries against a real engine of each family, on {@link DashboardFixture}: every
 * number a panel answers is the number counted by hand from the fixture, and equals the engine's
 * count of the same documents asked independently (a query written here, not compiled).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DashboardQueriesContract {

    static final Principal ADMIN = user(Role.ADMIN);
    static final Principal ALPHA = user(Role.PROJECT_MANAGER, "alpha");
    static final Principal BETA = user(Role.PROJECT_MANAGER, "beta");
    static final Principal PROGRAM = user(Role.PROGRAM_MANAGER, "*");
    private static final ObjectMapper JSON = new ObjectMapper();

    protected TestEngine engine;
    protected SearchBackend backend;
    protected DashboardQueries queries;
    protected DashboardServer server;
    protected final DashboardCatalog catalog = DashboardCatalog.load();
    protected final Dashboard cloudtrail = catalog.find("cloudtrail").orElseThrow();
    protected final Dashboard vulnerabilities = catalog.find("vulnerabilities").orElseThrow();
    protected final Dashboard guardduty = catalog.find("guardduty").orElseThrow();

    protected abstract TestEngine startEngine();

    @BeforeAll
    void startEngineAndIndexTheFixture() {
        engine = startEngine();
        backend = SearchBackends.connect(EngineConfig.external(engine.url()), Map.of());
        new IndexTemplates(backend).install(List.of(CloudTrailDataset.INDEX, FindingsIndex.STATE));
        DashboardFixture.index(backend);
        queries = new DashboardQueries(new EngineSearch(backend), 4);
        server = new DashboardServer(queries);
    }

    @AfterAll
    void stopEngine() {
        if (server != null) {
            server.close();
        }
        if (queries != null) {
            queries.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void cloudTrailPanelsOfAProjectManagerCountTheirProjectsEvents() {
        JsonNode answers = queries.panels(cloudtrail, filters(cloudtrail), ALPHA.scope());
        assertThat(answers.at("/top_users/total").asLong()).isEqualTo(6);
        assertThat(buckets(answers.get("top_users"))).containsExactly(Map.entry("alice", 3L), Map.entry("bob", 1L),
                Map.entry("root", 1L));
        assertThat(buckets(answers.get("mfa"))).containsExactly(Map.entry("Console logins with MFA", 1L),
                Map.entry("Console logins without MFA", 1L), Map.entry("Root activity", 1L));
        assertThat(answers.at("/mfa/buckets/1/filters")).hasSize(2);
        assertThat(buckets(answers.get("top_event_sources"))).containsExactly(Map.entry("ec2.amazonaws.com", 2L),
                Map.entry("signin.amazonaws.com", 2L), Map.entry("health.amazonaws.com", 1L),
                Map.entry("s3.amazonaws.com", 1L));
        assertThat(seriesTotals(answers.get("events_over_time"))).containsExactly(Map.entry("AwsApiCall", 3L),
                Map.entry("AwsConsoleSignIn", 2L), Map.entry("AwsServiceEvent", 1L));
        assertThat(answers.at("/events_over_time/interval").asText()).isEqualTo("30m");
        assertThat(answers.at("/events_over_time/times")).hasSizeBetween(48, 50);

        JsonNode locations = answers.get("source_locations");
        assertThat(locations.path("total").asLong()).isEqualTo(5);
        assertThat(locations.path("filter_field").asText()).isEqualTo("source.geo.country_iso_code");
        assertThat(points(locations)).containsExactly(Map.entry("DE", 3L), Map.entry("US", 2L));
        assertThat(locations.at("/points/0/lat").asDouble()).isBetween(48.0, 53.0);

        JsonNode errors = answers.get("errors");
        assertThat(errors.path("total").asLong()).isEqualTo(2);
        assertThat(errors.at("/rows/0/1").asText()).isEqualTo("alice");
        assertThat(errors.at("/rows/0/5").asText()).isEqualTo("AccessDenied");
        assertThat(errors.at("/rows/0/0").asText()).isEqualTo("2026-11-27T08:00:00.000Z");
        assertThat(errors.at("/columns/1/filterable").asBoolean()).isTrue();
        assertThat(errors.at("/columns/6/filterable").asBoolean()).isFalse();
    }

    @Test
    void everyBucketEqualsTheEnginesCountOfTheSameDocuments() {
        for (Principal principal : List.of(ADMIN, ALPHA, BETA, PROGRAM)) {
            DashboardFilters filters = filters(cloudtrail);
            for (String panel : List.of("top_users", "top_event_names", "top_event_sources")) {
                JsonNode answer = queries.panel(cloudtrail, cloudtrail.panel(panel).orElseThrow(), filters, principal.scope());
                assertThat(answer.path("total").asLong()).as(principal + " " + panel)
                        .isEqualTo(count("vigil-cloudtrail-*", principal, "@timestamp", "now-24h", Map.of()));
                String field = answer.path("filter_field").asText();
                buckets(answer).forEach((key, value) -> assertThat(value).as(principal + " " + panel + " " + key)
                        .isEqualTo(count("vigil-cloudtrail-*", principal, "@timestamp", "now-24h", Map.of(field, key))));
            }
            JsonNode severities = queries.panel(guardduty, guardduty.panel("by_severity_over_time").orElseThrow(),
                    filters(guardduty), principal.scope());
            seriesTotals(severities).forEach((severity, total) -> assertThat(total).as(principal + " " + severity)
                    .isEqualTo(count("vigil-findings", principal, "finding.first_seen", "now-30d",
                            Map.of("finding.source", "guardduty", "finding.severity", severity))));
        }
    }

    @Test
    void aProjectManagerSeesTheDocumentsOfASharedAccountButNoOtherProjects() {
        JsonNode answers = queries.panels(cloudtrail, filters(cloudtrail), BETA.scope());
        assertThat(buckets(answers.get("top_users"))).containsExactly(Map.entry("carol", 2L), Map.entry("alice", 1L),
                Map.entry("erin", 1L));
        JsonNode errors = answers.get("errors");
        assertThat(errors.path("total").asLong()).isEqualTo(2);
        assertThat(errors.path("rows")).extracting(row -> row.get(2).asText())
                .containsExactly("DescribeInstances", "GetObject");
        assertThat(answers.at("/source_locations/total").asLong()).isEqualTo(4);
    }

    @Test
    void unassignedDocumentsAreCountedForAdminsOnly() {
        Panel users = cloudtrail.panel("top_users").orElseThrow();
        DashboardFilters dave = filters(cloudtrail, "filter", "user.name:dave");
        assertThat(queries.panel(cloudtrail, users, dave, ADMIN.scope()).path("total").asLong()).isEqualTo(1);
        assertThat(queries.panel(cloudtrail, users, dave, PROGRAM.scope()).path("total").asLong()).isZero();
        assertThat(queries.panel(cloudtrail, users, filters(cloudtrail), ADMIN.scope()).path("total").asLong()).isEqualTo(10);
        assertThat(queries.panel(cloudtrail, users, filters(cloudtrail), PROGRAM.scope()).path("total").asLong()).isEqualTo(9);
        assertThat(queries.panel(vulnerabilities, vulnerabilities.panel("distinct_cves").orElseThrow(),
                filters(vulnerabilities), ADMIN.scope()).path("value").asLong()).isEqualTo(5);
    }

    @Test
    void aClickFilterNarrowsEveryPanel() {
        JsonNode answers = queries.panels(cloudtrail, filters(cloudtrail, "filter", "user.name:alice"), ALPHA.scope());
        assertThat(buckets(answers.get("top_event_names"))).containsExactly(Map.entry("DescribeInstances", 2L),
                Map.entry("ConsoleLogin", 1L));
        assertThat(answers.at("/errors/total").asLong()).isEqualTo(2);
        assertThat(answers.at("/mfa/buckets/0/value").asLong()).isEqualTo(1);
        assertThat(answers.at("/mfa/buckets/1/value").asLong()).isZero();
    }

    @Test
    void vulnerabilityPanelsCountInspectorFindingsSeenInTheRange() {
        JsonNode answers = queries.panels(vulnerabilities, filters(vulnerabilities), ALPHA.scope());
        assertThat(answers.at("/distinct_cves/value").asLong()).isEqualTo(3);
        assertThat(answers.at("/distinct_cves/total").asLong()).isEqualTo(4);
        // resolved after 7 and 3 days: a mean of 5 days
        assertThat(answers.at("/time_to_remediate/value").asLong()).isEqualTo(5L * 86_400_000);
        assertThat(answers.at("/time_to_remediate/total").asLong()).isEqualTo(2);
        assertThat(buckets(answers.get("cves_by_severity"))).containsOnly(Map.entry("critical", 1L),
                Map.entry("high", 1L), Map.entry("medium", 1L));
        assertThat(buckets(answers.get("top_instances"))).containsExactly(Map.entry("i-0aaa", 2L),
                Map.entry("i-0bbb", 1L), Map.entry("i-0ccc", 1L));
        assertThat(buckets(answers.get("instance"))).containsOnlyKeys("i-0aaa", "i-0bbb", "i-0ccc");
        assertThat(buckets(answers.get("cve"))).containsOnlyKeys("CVE-2026-0001", "CVE-2026-0002", "CVE-2026-0003");
        assertThat(seriesTotals(answers.get("top_cves_over_time"))).containsExactly(Map.entry("CVE-2026-0001", 2L),
                Map.entry("CVE-2026-0002", 1L), Map.entry("CVE-2026-0003", 1L));
        assertThat(seriesTotals(answers.get("open_vs_resolved"))).containsExactly(Map.entry("Opened", 4L),
                Map.entry("Resolved", 2L));
        assertThat(answers.at("/open_vs_resolved/interval").asText()).isEqualTo("12h");

        JsonNode table = answers.get("cve_table");
        assertThat(table.path("rows")).hasSize(4);
        assertThat(table.at("/rows/0/0").asText()).isEqualTo("CVE-2026-0001");
        assertThat(table.path("rows")).anySatisfy(row -> {
            assertThat(row.get(6).asText()).isEqualTo("3.0.8");
            assertThat(row.get(7).asText()).isEqualTo("YES");
            assertThat(row.get(8).asText()).isEqualTo("Upgrade openssl to 3.0.8 or later");
        });
    }

    @Test
    void anInstanceChosenInTheControlNarrowsTheVulnerabilities() {
        JsonNode answers = queries.panels(vulnerabilities, filters(vulnerabilities, "filter", "resource.id:i-0aaa"),
                ALPHA.scope());
        assertThat(answers.at("/distinct_cves/value").asLong()).isEqualTo(2);
        assertThat(answers.at("/time_to_remediate/value").asLong()).isEqualTo(7L * 86_400_000);
        assertThat(answers.at("/cve_table/total").asLong()).isEqualTo(2);
    }

    @Test
    void guardDutyPanelsMapRemoteAddressesAndATileClickNarrowsToIt() {
        JsonNode answers = queries.panels(guardduty, filters(guardduty), ALPHA.scope());
        JsonNode map = answers.get("remote_ips");
        assertThat(map.path("total").asLong()).isEqualTo(3);
        assertThat(map.path("filter_field").asText()).isEqualTo("threat.indicator.geo.location");
        assertThat(map.path("points")).hasSize(2);
        assertThat(points(map).values()).containsExactlyInAnyOrder(2L, 1L);
        assertThat(buckets(answers.get("targeted_resources"))).containsExactly(Map.entry("i-0aaa", 2L),
                Map.entry("i-0bbb", 1L));
        assertThat(seriesTotals(answers.get("by_type_over_time"))).containsExactly(
                Map.entry("UnauthorizedAccess:EC2/SSHBruteForce", 2L), Map.entry("Recon:EC2/PortProbeUnprotectedPort", 1L));
        assertThat(answers.get("newest_high").path("rows")).extracting(row -> row.get(2).asText())
                .containsExactly("UnauthorizedAccess:EC2/SSHBruteForce", "UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(answers.at("/newest_high/rows/0/1").asText()).isEqualTo("high");
        assertThat(seriesTotals(answers.get("open_vs_resolved"))).containsExactly(Map.entry("Opened", 3L),
                Map.entry("Resolved", 1L));

        String russia = null;
        for (JsonNode point : map.path("points")) {
            if (point.path("lon").asDouble() < 60) {
                russia = point.path("key").asText();
            }
        }
        JsonNode narrowed = queries.panels(guardduty,
                filters(guardduty, "filter", "threat.indicator.geo.location:" + russia), ALPHA.scope());
        assertThat(narrowed.at("/remote_ips/total").asLong()).isEqualTo(1);
        assertThat(buckets(narrowed.get("targeted_resources"))).containsExactly(Map.entry("i-0aaa", 1L));
    }

    @Test
    void csvExportHasEveryRowInScope() {
        List<List<String>> rows = queries.allRows(cloudtrail, cloudtrail.panel("errors").orElseThrow(),
                filters(cloudtrail), BETA.scope());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("Time", "User", "Event", "Service", "Source IP", "Error code",
                "Error message");
        assertThat(rows.get(2)).contains("=cmd|' /C calc'!A0");
        assertThat(CsvTable.write(rows.get(0), rows.subList(1, rows.size()))).contains(",'=cmd|' /C calc'!A0\r\n");
    }

    @Test
    void theSelectsOfferTheValuesInScope() {
        JsonNode facets = queries.facets(cloudtrail, filters(cloudtrail).time(), ALPHA.scope());
        // the event of the account alpha shares with beta names beta too, but beta is not alpha's to choose
        assertThat(keyed(facets.path("project"))).containsExactly(Map.entry("alpha", 6L));
        assertThat(keyed(facets.path("account"))).containsExactly(Map.entry("111111111111", 5L),
                Map.entry("222222222222", 1L));
        assertThat(keyed(facets.path("region"))).containsExactly(Map.entry("eu-west-1", 2L), Map.entry("us-east-1", 4L));
    }

    @Test
    void aTablePageBeyondTheLastIsEmpty() {
        JsonNode page = queries.panel(cloudtrail, cloudtrail.panel("errors").orElseThrow(),
                filters(cloudtrail, "page", "3"), ALPHA.scope());
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("rows")).isEmpty();
        assertThat(page.path("page").asInt()).isEqualTo(3);
    }

    @Test
    void thePageHasAContainerPerPanelTheFilterBarAndNoInlineScriptOrStyle() {
        HttpResponse<String> page = server.get("/dashboards/cloudtrail?filter=user.name:alice&project=alpha", ALPHA);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        String html = page.body();
        for (Panel panel : cloudtrail.panels()) {
            assertThat(html).contains("id=\"panel-" + panel.id() + "\" data-panel=\"" + panel.id() + "\"");
        }
        assertThat(html).contains("<select name=\"from\" id=\"filter-from\">", "<option value=\"now-24h\" selected>",
                "<option value=\"alpha\" selected>alpha</option>", "id=\"filter-refresh\"",
                "<li class=\"chip\" data-field=\"user.name\" data-value=\"alice\">",
                "href=\"/dashboards/cloudtrail?from=now-24h&amp;to=now&amp;project=alpha\" title=\"Remove this filter\"",
                "<input type=\"hidden\" name=\"filter\" value=\"user.name:alice\">",
                "<a href=\"https://db-ip.com\" rel=\"noopener\">IP geolocation by DB-IP</a> (CC BY 4.0)",
                "<a href=\"/dashboards/guardduty?from=now-24h&amp;to=now&amp;project=alpha\">GuardDuty threats</a>");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("style=", " onclick", " onchange");
    }

    @Test
    void aValueInTheRequestIsEscapedOnThePage() {
        HttpResponse<String> page = server.get("/dashboards/cloudtrail?filter="
                + URLEncoder.encode("user.name:<script>alert(1)</script>\"", StandardCharsets.UTF_8), ALPHA);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    }

    @Test
    void unknownDashboardsAndPanelsAre404AndDashboardsOutsideTheRolesAre403() {
        Principal sysadmin = user(Role.SYSADMIN, "alpha");
        assertThat(server.get("/dashboards/nothing", ALPHA).statusCode()).isEqualTo(404);
        assertThat(server.get("/dashboards/guardduty", sysadmin).statusCode()).isEqualTo(403);
        assertThat(server.get("/api/dashboards/guardduty/panels", sysadmin).statusCode()).isEqualTo(403);
        assertThat(server.get("/api/dashboards/guardduty/panels/newest_high.csv", sysadmin).statusCode()).isEqualTo(403);
        assertThat(server.get("/api/dashboards/cloudtrail/panels/nothing", ALPHA).statusCode()).isEqualTo(404);
        assertThat(server.get("/api/dashboards/cloudtrail/panels/top_users.csv", ALPHA).body())
                .contains("is not a table; only tables export CSV");
        Principal key = new Principal("sender", Principal.Kind.KEY, List.of(), List.of("alpha"));
        assertThat(server.get("/api/dashboards/cloudtrail/panels", key).statusCode()).isEqualTo(403);
    }

    @Test
    void theListHoldsTheDashboardsOfTheRole() throws Exception {
        JsonNode list = JSON.readTree(server.get("/api/dashboards", user(Role.DEVELOPER, "alpha")).body());
        assertThat(list).extracting(entry -> entry.path("id").asText()).containsExactly("vulnerabilities");
        assertThat(list.at("/0/url").asText()).isEqualTo("/dashboards/vulnerabilities");
    }

    @Test
    void aFilterOnAFieldTheDashboardDoesNotDeclareIs400() throws Exception {
        HttpResponse<String> refused = server.get("/api/dashboards/cloudtrail/panels/top_users?filter=vigil.project:beta",
                ALPHA);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asText())
                .startsWith("dashboard 'cloudtrail' cannot be filtered on 'vigil.project'");
        assertThat(server.get("/api/dashboards/cloudtrail/panels?from=yesterday", ALPHA).statusCode()).isEqualTo(400);
    }

    @Test
    void thePanelApiAnswersWithTheScopeOfTheCaller() throws Exception {
        HttpResponse<String> all = server.get("/api/dashboards/cloudtrail/panels?project=beta", ALPHA);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        // alpha asking for beta sees only the event of the account both share
        assertThat(buckets(JSON.readTree(all.body()).get("top_users"))).containsExactly(Map.entry("alice", 1L));
        JsonNode page = JSON.readTree(server.get("/api/dashboards/cloudtrail/panels/errors?page=0", BETA).body());
        assertThat(page.path("rows")).hasSize(2);
    }

    @Test
    void csvExportIsAnAttachmentWithFormulasNeutralized() {
        HttpResponse<String> csv = server.get("/api/dashboards/cloudtrail/panels/errors.csv", BETA);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"cloudtrail-errors.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("Time,User,Event,Service,Source IP,Error code,Error message\r\n")
                .contains(",NoSuchKey,'=cmd|' /C calc'!A0\r\n");
        assertThat(server.get("/api/dashboards/cloudtrail/panels/errors.csv", ALPHA).body()).doesNotContain("NoSuchKey");
    }

    @Test
    void staticFilesAreServedWithTheirTypeAndCachedByVersion() {
        StaticAssets assets = new StaticAssets();
        HttpResponse<String> script = server.get(assets.url("dashboard.js"), ALPHA);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        HttpResponse<String> unversioned = server.get("/static/dashboard.css", ALPHA);
        assertThat(unversioned.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/css; charset=utf-8");
        assertThat(unversioned.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
        assertThat(server.get("/static/../dashboards/cloudtrail.json", ALPHA).statusCode()).isEqualTo(404);
        assertThat(server.get("/static/vendor/%2e%2e/dashboard.js", ALPHA).statusCode()).isEqualTo(404);
        assertThat(server.get("/static/nothing.js", ALPHA).statusCode()).isEqualTo(404);
    }

    /** The engine's count of the documents in scope, in the range, with these field values: written by hand. */
    long count(String index, Principal principal, String timeField, String from, Map<String, String> terms) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        ObjectNode range = filter.addObject().putObject("range").putObject(timeField);
        range.put("gte", DashboardFixture.NOW.minus(TimeRange.relative(from)).toString())
                .put("lte", DashboardFixture.NOW.toString());
        if (!principal.hasRole(Role.ADMIN)) {
            if (principal.projects().contains("*")) {
                filter.addObject().putObject("exists").put("field", "vigil.project");
                bool.putArray("must_not").addObject().putObject("term")
                        .put("vigil.project", "unassigned");
            } else {
                ArrayNode projects = filter.addObject().putObject("terms").putArray("vigil.project");
                principal.projects().forEach(projects::add);
            }
        }
        terms.forEach((field, value) -> filter.addObject().putObject("term").put(field, value));
        return backend.search(index, body).at("/hits/total/value").asLong();
    }

    static DashboardFilters filters(Dashboard dashboard, String... params) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.computeIfAbsent(params[i], name -> new ArrayList<>()).add(params[i + 1]);
        }
        return DashboardFilters.parse(dashboard, map, DashboardFixture.NOW);
    }

    static Map<String, Long> buckets(JsonNode answer) {
        return keyed(answer.path("buckets"));
    }

    static Map<String, Long> points(JsonNode answer) {
        return keyed(answer.path("points"));
    }

    static Map<String, Long> seriesTotals(JsonNode answer) {
        Map<String, Long> totals = new LinkedHashMap<>();
        answer.path("series").forEach(series -> totals.put(series.path("name").asText(), series.path("total").asLong()));
        return totals;
    }

    private static Map<String, Long> keyed(JsonNode entries) {
        Map<String, Long> keyed = new LinkedHashMap<>();
        entries.forEach(entry -> keyed.put(entry.path("key").asText(), entry.path("value").asLong()));
        return keyed;
    }

    private static Principal user(Role role, String... projects) {
        return new Principal(role.id() + "-of-" + String.join("-", projects), Principal.Kind.USER, List.of(role),
                List.of(projects));
    }
}
