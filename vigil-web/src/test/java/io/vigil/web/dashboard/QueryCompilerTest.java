package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.web.auth.Principal;
import io.vigil.web.auth.ProjectScope;
import io.vigil.web.users.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryCompilerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardCatalog catalog = DashboardCatalog.load();
    private final Dashboard cloudtrail = catalog.find("cloudtrail").orElseThrow();
    private final Dashboard vulnerabilities = catalog.find("vulnerabilities").orElseThrow();
    private final Dashboard guardduty = catalog.find("guardduty").orElseThrow();

    @Test
    void everyPanelOfEveryDashboardCarriesTheScopeOfAProjectManager() {
        ProjectScope scope = user(Role.PROJECT_MANAGER, "alpha", "unassigned").scope();
        for (Dashboard dashboard : catalog.all()) {
            DashboardFilters filters = filters(dashboard, Map.of());
            for (Panel panel : dashboard.panels()) {
                JsonNode clauses = QueryCompiler.panel(dashboard, panel, filters, scope, Optional.empty()).body()
                        .at("/query/bool/filter");
                assertThat(clauses.get(0)).as(dashboard.id() + "/" + panel.id())
                        .isEqualTo(json("{\"terms\": {\"vigil.project\": [\"alpha\"]}}"));
            }
            for (Dataset dataset : dashboard.datasets().values()) {
                assertThat(QueryCompiler.facets(dataset, filters.time(), scope, Optional.empty()).body().at("/query/bool/filter/0"))
                        .isEqualTo(json("{\"terms\": {\"vigil.project\": [\"alpha\"]}}"));
            }
        }
    }

    @Test
    void unassignedDocumentsAreOnlyForAdmins() {
        Panel panel = cloudtrail.panel("top_users").orElseThrow();
        DashboardFilters filters = filters(cloudtrail, Map.of());
        JsonNode allProjects = QueryCompiler.panel(cloudtrail, panel, filters,
                user(Role.PROGRAM_MANAGER, "*").scope(), Optional.empty())
                .body().at("/query/bool/filter/0");
        assertThat(allProjects.at("/bool/must_not/term/vigil.project").asText()).isEqualTo("unassigned");

        JsonNode admin = QueryCompiler.panel(cloudtrail, panel, filters, user(Role.ADMIN).scope(), Optional.empty()).body()
                .at("/query/bool/filter");
        assertThat(admin.toString()).doesNotContain("vigil.project");
    }

    @Test
    void aProjectChosenInTheRequestNarrowsButNeverWidensTheScope() {
        Panel panel = cloudtrail.panel("top_users").orElseThrow();
        DashboardFilters filters = filters(cloudtrail, Map.of("project", List.of("beta")));
        JsonNode clauses = QueryCompiler.panel(cloudtrail, panel, filters,
                user(Role.PROJECT_MANAGER, "alpha").scope(), Optional.empty())
                .body().at("/query/bool/filter");
        assertThat(clauses).contains(json("{\"terms\": {\"vigil.project\": [\"alpha\"]}}"),
                json("{\"terms\": {\"vigil.project\": [\"beta\"]}}"));
    }

    @Test
    void aClickFilterOnAFieldTheDashboardDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> filters(cloudtrail, Map.of("filter", List.of("vigil.project:beta"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dashboard 'cloudtrail' cannot be filtered on 'vigil.project'");
        assertThatThrownBy(() -> filters(cloudtrail, Map.of("filter", List.of("user.name"))))
                .hasMessageContaining("must be field:value");
    }

    @Test
    void clickFiltersOnOneFieldMeanAnyOfTheirValues() {
        Panel panel = cloudtrail.panel("errors").orElseThrow();
        DashboardFilters filters = filters(cloudtrail, Map.of("filter",
                List.of("user.name:alice", "user.name:bob", "error.code:AccessDenied")));
        JsonNode clauses = QueryCompiler.panel(cloudtrail, panel, filters, ProjectScope.everything(), Optional.empty()).body()
                .at("/query/bool/filter");
        assertThat(clauses).contains(json("{\"terms\": {\"user.name\": [\"alice\", \"bob\"]}}"),
                json("{\"terms\": {\"error.code\": [\"AccessDenied\"]}}"), json("{\"exists\": {\"field\": \"error.code\"}}"));
    }

    @Test
    void theTimeRangeAppliesToThePanelsTimeField() {
        DashboardFilters filters = filters(vulnerabilities, Map.of("from", List.of("now-7d")));
        JsonNode range = json("{\"gte\": " + NOW.minusSeconds(7 * 86400).toEpochMilli() + ", \"lte\": "
                + NOW.toEpochMilli() + ", \"format\": \"epoch_millis\"}");
        JsonNode distinct = compile(vulnerabilities, "distinct_cves", filters);
        assertThat(distinct.at("/query/bool/filter").findValue("finding.last_seen")).isEqualTo(range);
        assertThat(distinct.at("/aggs/value/cardinality/field").asText()).isEqualTo("vulnerability.id");

        JsonNode overTime = compile(vulnerabilities, "top_cves_over_time", filters);
        assertThat(overTime.at("/query/bool/filter").findValue("finding.first_seen")).isEqualTo(range);
        assertThat(overTime.at("/aggs/split/terms")).isEqualTo(json("{\"field\": \"vulnerability.id\", \"size\": 10}"));
        assertThat(overTime.at("/aggs/split/aggs/over_time/date_histogram")).isEqualTo(json("{\"field\":"
                + " \"finding.first_seen\", \"fixed_interval\": \"3h\", \"min_doc_count\": 0, \"extended_bounds\": {\"min\": "
                + NOW.minusSeconds(7 * 86400).toEpochMilli() + ", \"max\": " + NOW.toEpochMilli() + "}}"));
    }

    @Test
    void openedAgainstResolvedCountsEachSeriesOnItsOwnDateField() {
        JsonNode body = compile(vulnerabilities, "open_vs_resolved", filters(vulnerabilities, Map.of()));
        JsonNode any = body.at("/query/bool/filter").findValue("should");
        assertThat(any.findValues("range")).extracting(range -> range.fieldNames().next())
                .containsExactly("finding.first_seen", "finding.resolved_at");
        assertThat(body.at("/aggs/series_0/filter/range").has("finding.first_seen")).isTrue();
        assertThat(body.at("/aggs/series_1/aggs/over_time/date_histogram/field").asText()).isEqualTo("finding.resolved_at");
        assertThat(body.at("/query/bool/filter").findValues("term")).isEmpty();
        assertThat(body.at("/query/bool/filter/0")).isEqualTo(json("{\"terms\": {\"finding.source\": [\"inspector\"]}}"));
    }

    @Test
    void meanTimeToRemediateNeedsNoScript() {
        JsonNode body = compile(vulnerabilities, "time_to_remediate", filters(vulnerabilities, Map.of()));
        assertThat(body.at("/aggs")).isEqualTo(json("{\"start\": {\"avg\": {\"field\": \"finding.first_seen\"}},"
                + " \"end\": {\"avg\": {\"field\": \"finding.resolved_at\"}}}"));
        assertThat(body.at("/query/bool/filter")).contains(json("{\"terms\": {\"finding.status\": [\"resolved\"]}}"),
                json("{\"exists\": {\"field\": \"finding.first_seen\"}}"));
        assertThat(body.toString()).doesNotContain("script");
    }

    @Test
    void aTableAsksForOnePageOfItsColumnsAndCsvForEveryRowUpToTheCap() {
        DashboardFilters filters = filters(cloudtrail, Map.of("page", List.of("2")));
        Panel errors = cloudtrail.panel("errors").orElseThrow();
        JsonNode page = QueryCompiler.panel(cloudtrail, errors, filters, ProjectScope.everything(), Optional.empty()).body();
        assertThat(page.path("from").asInt()).isEqualTo(40);
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("_source").asBoolean()).isFalse();
        assertThat(page.path("fields")).hasSize(7);
        assertThat(page.path("sort")).isEqualTo(json("[{\"@timestamp\": {\"order\": \"desc\"}}]"));

        JsonNode all = QueryCompiler.allRows(cloudtrail, errors, filters, ProjectScope.everything()).body();
        assertThat(all.path("from").asInt()).isZero();
        assertThat(all.path("size").asInt()).isEqualTo(QueryCompiler.MAX_ROWS);

        DashboardFilters deep = filters(cloudtrail, Map.of("page", List.of("500")));
        assertThatThrownBy(() -> QueryCompiler.panel(cloudtrail, errors, deep, ProjectScope.everything(), Optional.empty()))
                .hasMessageContaining("beyond the first 10000 rows");
    }

    @Test
    void consoleLoginsWithoutMfaAndRootActivityAreNamedBuckets() {
        JsonNode body = compile(cloudtrail, "mfa", filters(cloudtrail, Map.of()));
        JsonNode named = body.at("/aggs/buckets/filters/filters");
        assertThat(named.path("Console logins without MFA")).isEqualTo(json("{\"bool\": {\"filter\": ["
                + "{\"terms\": {\"event.action\": [\"ConsoleLogin\"]}}, {\"terms\": {\"aws.cloudtrail.mfa_used\": [\"false\"]}}]}}"));
        assertThat(named.path("Root activity").toString()).contains("Root");
    }

    @Test
    void mapsGroupByCountryOrByTileAndAClickedTileFiltersItsBox() {
        JsonNode countries = compile(cloudtrail, "source_locations", filters(cloudtrail, Map.of()));
        assertThat(countries.at("/aggs/points/terms/field").asText()).isEqualTo("source.geo.country_iso_code");
        assertThat(countries.at("/aggs/points/aggs/centroid/geo_centroid/field").asText()).isEqualTo("source.geo.location");

        DashboardFilters tile = filters(guardduty, Map.of("filter", List.of("threat.indicator.geo.location:1/1/0")));
        JsonNode tiles = compile(guardduty, "remote_ips", tile);
        assertThat(tiles.at("/aggs/points/geotile_grid")).isEqualTo(json("{\"field\": \"threat.indicator.geo.location\","
                + " \"precision\": 5, \"size\": 2000}"));
        JsonNode box = tiles.at("/query/bool/filter").findValue("geo_bounding_box").path("threat.indicator.geo.location");
        assertThat(box.at("/top_left/lon").asDouble()).isEqualTo(0.0);
        assertThat(box.at("/bottom_right/lon").asDouble()).isEqualTo(180.0);
        assertThat(box.at("/bottom_right/lat").asDouble()).isEqualTo(0.0);
        assertThat(box.at("/top_left/lat").asDouble()).isCloseTo(85.0511, org.assertj.core.data.Offset.offset(1e-4));

        assertThatThrownBy(() -> filters(guardduty, Map.of("filter", List.of("threat.indicator.geo.location:somewhere"))))
                .hasMessageContaining("not a map tile");
    }

    @Test
    void termsCanRankByDistinctValues() {
        JsonNode body = compile(vulnerabilities, "cves_by_severity", filters(vulnerabilities, Map.of()));
        assertThat(body.at("/aggs/buckets")).isEqualTo(json("{\"terms\": {\"field\": \"finding.severity\", \"size\": 5,"
                + " \"order\": {\"distinct\": \"desc\"}}, \"aggs\": {\"distinct\": {\"cardinality\": {\"field\":"
                + " \"vulnerability.id\", \"precision_threshold\": 3000}}}}"));
    }

    private JsonNode compile(Dashboard dashboard, String panel, DashboardFilters filters) {
        return QueryCompiler.panel(dashboard, dashboard.panel(panel).orElseThrow(), filters, ProjectScope.everything(),
                Optional.empty())
                .body();
    }

    private static DashboardFilters filters(Dashboard dashboard, Map<String, List<String>> params) {
        return DashboardFilters.parse(dashboard, params, NOW);
    }

    private static Principal user(Role role, String... projects) {
        return new Principal("someone", Principal.Kind.USER, List.of(role), new ArrayList<>(List.of(projects)));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
