package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.sources.cloudtrail.CloudTrailRollup;
import io.vigil.web.auth.ProjectScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which CloudTrail panels read the hourly rollup, and over which stretch of their time range. */
class RollupRoutingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:40:00Z");
    private static final Instant WATERMARK = NOW.minus(Duration.ofSeconds(30));
    private static final Optional<RolledUp> ROLLUP = Optional.of(new RolledUp(CloudTrailRollup.SPEC, WATERMARK));

    private final Dashboard cloudtrail = DashboardCatalog.load().find("cloudtrail").orElseThrow();

    @Test
    void countsOverAWeekReadTheRollupGroupThatHoldsTheirFields() {
        DashboardFilters week = filters(Map.of("from", List.of("now-7d")));

        assertThat(group("top_users", week)).contains("user");
        assertThat(group("source_locations", week)).contains("location");
        assertThat(group("events_over_time", week)).contains("event_type");
        assertThat(group("top_event_sources", week)).contains("service");
        assertThat(group("mfa", week)).contains("activity");
        assertThat(group("top_event_names", week)).contains("activity");
        JsonNode body = search("top_users", week).body();
        assertThat(body.at("/aggs/" + RollupRoute.EVENT_TOTAL + "/filter").has("match_all")).isTrue();
    }

    @Test
    void rowsFineHistogramsAndFieldsNoGroupHoldsReadTheEvents() {
        assertThat(group("errors", filters(Map.of("from", List.of("now-7d"))))).isEmpty();
        // 30-minute buckets over a day
        assertThat(group("events_over_time", filters(Map.of("from", List.of("now-24h"))))).isEmpty();
        assertThat(group("top_event_names", filters(Map.of("from", List.of("now-24h"))))).contains("activity");
        DashboardFilters byAddress = filters(Map.of("from", List.of("now-7d"), "filter", List.of("source.address:192.0.2.1")));
        assertThat(group("top_users", byAddress)).isEmpty();
        DashboardFilters byUser = filters(Map.of("from", List.of("now-7d"), "filter", List.of("user.name:alice")));
        assertThat(group("top_users", byUser)).contains("user");
        assertThat(group("top_event_names", byUser)).isEmpty();
    }

    @Test
    void theWholeHoursComeFromTheRollupAndTheMinutesAroundThemFromTheEvents() {
        DashboardFilters range = filters(Map.of("from", List.of("2026-11-20T08:15:00Z")));
        JsonNode clauses = search("top_users", range).body().at("/query/bool/filter");
        JsonNode time = clauses.get(clauses.size() - 1);

        JsonNode rolled = time.at("/bool/should/0/bool/filter");
        assertThat(rolled.get(0).at("/term/vigil.rollup.group").asText()).isEqualTo("user");
        assertThat(rolled.get(1).at("/range/@timestamp/gte").asLong()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z").toEpochMilli());
        assertThat(rolled.get(1).at("/range/@timestamp/lt").asLong()).isEqualTo(WATERMARK.toEpochMilli());
        JsonNode raw = time.at("/bool/should/1/bool/should");
        assertThat(raw.get(0).at("/range/@timestamp/lt").asLong()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z").toEpochMilli());
        assertThat(raw.get(1).at("/range/@timestamp/gte").asLong()).isEqualTo(WATERMARK.toEpochMilli());
    }

    @Test
    void aRangeWithoutAWholeRolledUpHourReadsTheEvents() {
        assertThat(group("top_users", filters(Map.of("from", List.of("now-20m"))))).isEmpty();
        assertThat(group("top_users", filters(Map.of("from", List.of("now-7d"))), Optional.empty())).isEmpty();
    }

    private Optional<String> group(String panel, DashboardFilters filters) {
        return group(panel, filters, ROLLUP);
    }

    private Optional<String> group(String panel, DashboardFilters filters, Optional<RolledUp> rollup) {
        PanelSearch search = QueryCompiler.panel(cloudtrail, cloudtrail.panel(panel).orElseThrow(), filters,
                ProjectScope.everything(), rollup);
        if (!search.index().contains(CloudTrailRollup.SPEC.index().prefix())) {
            return Optional.empty();
        }
        return Optional.of(search.body().findValue("vigil.rollup.group").asText());
    }

    private PanelSearch search(String panel, DashboardFilters filters) {
        return QueryCompiler.panel(cloudtrail, cloudtrail.panel(panel).orElseThrow(), filters, ProjectScope.everything(),
                ROLLUP);
    }

    private DashboardFilters filters(Map<String, List<String>> params) {
        return DashboardFilters.parse(cloudtrail, params, NOW);
    }
}
