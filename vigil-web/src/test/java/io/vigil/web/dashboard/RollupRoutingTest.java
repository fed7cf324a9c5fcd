package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.cloudtrail.CloudTrailRollup;
import io.vigil.web.auth.ProjectScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which CloudTrail panels read the hourly rollup, and over which stretch of their time range. */
class RollupRoutingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:40:00Z");
    private static final Instant WATERMARK = Instant.parse("2026-11-27T12:00:00Z");
    private static final Optional<RolledUp> ROLLUP = Optional.of(new RolledUp(CloudTrailRollup.SPEC, WATERMARK));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dashboard cloudtrail = DashboardCatalog.load().find("cloudtrail").orElseThrow();

    @Test
    void countsOverAWeekReadWholeDaysFromDailyRowsAndTheHoursAroundThemFromHourlyOnes() {
        DashboardFilters week = filters(Map.of("from", List.of("now-7d")));

        assertThat(groups("top_users", week)).containsExactly("user", "user_daily", "user");
        assertThat(groups("source_locations", week)).containsExactly("location", "location_daily", "location");
        assertThat(groups("top_event_sources", week)).containsExactly("service", "service_daily", "service");
        assertThat(groups("mfa", week)).containsExactly("sign_in", "sign_in_daily", "sign_in");
        assertThat(groups("top_event_names", week)).containsExactly("event", "event_daily", "event");
        // 3-hour buckets: days would not fit them
        assertThat(groups("events_over_time", week)).containsExactly("event_type");
    }

    @Test
    void eventsAreCountedByThePanelsBucketsPlusThoseWithoutTheirFieldOrElseByAFilter() throws Exception {
        DashboardFilters week = filters(Map.of("from", List.of("now-7d")));
        JsonNode users = search("top_users", week).body();
        assertThat(users.at("/aggs/" + RollupRoute.EVENT_TOTAL + "/missing/field").asText()).isEqualTo("user.name");
        assertThat(users.at("/track_total_hits").asBoolean()).isFalse();
        assertThat(search("mfa", week).body().at("/aggs/" + RollupRoute.EVENT_TOTAL + "/filter").has("match_all")).isTrue();

        // an event of an account two projects share is in both projects' buckets: those do not count events
        RollupRoute route = RollupRoute.of(ROLLUP, List.of("vigil.project"), week.time(), Optional.empty()).orElseThrow();
        JsonNode byProject = JSON.readTree("{\"projects\": {\"terms\": {\"field\": \"vigil.project\"}}}");
        assertThat(route.eventTotal(byProject).at("/filter").has("match_all")).isTrue();

        // 40 + 2 in the top buckets, 7 in the others, 3 without a user
        String answer = "{\"buckets\": {\"buckets\": [{\"key\": \"alice\", \"doc_count\": 40}, {\"key\": \"bob\","
                + " \"doc_count\": 2}], \"sum_other_doc_count\": 7}, \"" + RollupRoute.EVENT_TOTAL + "\": {\"doc_count\": 3,"
                + " \"meta\": " + users.at("/aggs/" + RollupRoute.EVENT_TOTAL + "/meta") + "}}";
        assertThat(RollupRoute.events(JSON.readTree(answer))).isEqualTo(52);
        String filtered = "{\"" + RollupRoute.EVENT_TOTAL + "\": {\"doc_count\": 9}}";
        assertThat(RollupRoute.events(JSON.readTree(filtered))).isEqualTo(9);
    }

    @Test
    void rowsFineHistogramsAndFieldsNoGroupHoldsReadTheEvents() {
        assertThat(groups("errors", filters(Map.of("from", List.of("now-7d"))))).isEmpty();
        // 30-minute buckets over a day
        assertThat(groups("events_over_time", filters(Map.of("from", List.of("now-24h"))))).isEmpty();
        DashboardFilters denied = filters(Map.of("from", List.of("now-7d"), "filter", List.of("error.code:AccessDenied")));
        assertThat(groups("top_event_names", denied)).containsExactly("activity", "activity_daily", "activity");
        DashboardFilters byAddress = filters(Map.of("from", List.of("now-7d"), "filter", List.of("source.address:192.0.2.1")));
        assertThat(groups("top_users", byAddress)).isEmpty();
        DashboardFilters byUser = filters(Map.of("from", List.of("now-7d"), "filter", List.of("user.name:alice")));
        assertThat(groups("top_users", byUser)).containsExactly("user", "user_daily", "user");
        assertThat(groups("top_event_names", byUser)).isEmpty();
    }

    @Test
    void theRangeIsCutIntoHoursDaysAndTheMinutesAroundThem() {
        DashboardFilters range = filters(Map.of("from", List.of("2026-11-20T08:15:00Z")));
        JsonNode clauses = search("top_event_names", range).body().at("/query/bool/filter");
        JsonNode parts = clauses.get(clauses.size() - 1).at("/bool/should");

        assertThat(parts.get(0).at("/bool/filter/0/term/vigil.rollup.group").asText()).isEqualTo("event");
        assertThat(start(parts.get(0))).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(end(parts.get(0))).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(parts.get(1).at("/bool/filter/0/term/vigil.rollup.group").asText()).isEqualTo("event_daily");
        assertThat(start(parts.get(1))).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(end(parts.get(1))).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        // today, whose day the daily groups do not keep yet
        assertThat(parts.get(2).at("/bool/filter/0/term/vigil.rollup.group").asText()).isEqualTo("event");
        assertThat(start(parts.get(2))).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(end(parts.get(2))).isEqualTo(WATERMARK);
        JsonNode raw = parts.get(3).at("/bool/should");
        assertThat(raw.get(0).at("/range/@timestamp/gte").asLong()).isEqualTo(Instant.parse("2026-11-20T08:15:00Z").toEpochMilli());
        assertThat(raw.get(0).at("/range/@timestamp/lt").asLong()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z").toEpochMilli());
        assertThat(raw.get(1).at("/range/@timestamp/gte").asLong()).isEqualTo(WATERMARK.toEpochMilli());
    }

    @Test
    void usersOverAMonthReadWholeWeeksFromWeeklyRowsAndTheDaysAndHoursAroundThem() {
        DashboardFilters month = filters(Map.of("from", List.of("2026-10-27T08:15:00Z")));
        JsonNode clauses = search("top_users", month).body().at("/query/bool/filter");
        JsonNode parts = clauses.get(clauses.size() - 1).at("/bool/should");

        assertThat(groups("top_users", month)).containsExactly("user", "user_daily", "user_weekly", "user_daily", "user");
        assertThat(start(parts.get(0))).isEqualTo(Instant.parse("2026-10-27T09:00:00Z"));
        assertThat(start(parts.get(1))).isEqualTo(Instant.parse("2026-10-28T00:00:00Z"));
        // weeks start on Thursdays (counted from the epoch); the week of the watermark is not kept yet
        assertThat(start(parts.get(2))).isEqualTo(Instant.parse("2026-10-29T00:00:00Z"));
        assertThat(end(parts.get(2))).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(end(parts.get(3))).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(end(parts.get(4))).isEqualTo(WATERMARK);
        // only users are kept per week; daily histogram buckets take no weeks
        assertThat(groups("top_event_names", month)).containsExactly("event", "event_daily", "event");
        DashboardFilters byUser = filters(Map.of("from", List.of("2026-10-27T08:15:00Z"), "filter",
                List.of("user.name:alice")));
        assertThat(groups("top_users", byUser)).contains("user_weekly");
    }

    @Test
    void aRangeEndingBeforeTheWatermarkReadsHourlyRowsUpToItsLastWholeHour() {
        DashboardFilters underADay = filters(Map.of("from", List.of("2026-11-25T10:30:00Z"), "to",
                List.of("2026-11-26T05:10:00Z")));
        assertThat(groups("top_users", underADay)).containsExactly("user");
        DashboardFilters overADay = filters(Map.of("from", List.of("2026-11-24T22:30:00Z"), "to",
                List.of("2026-11-26T05:10:00Z")));
        assertThat(groups("top_users", overADay)).containsExactly("user", "user_daily", "user");
    }

    @Test
    void aRangeWithoutAWholeRolledUpHourReadsTheEvents() {
        assertThat(groups("top_users", filters(Map.of("from", List.of("now-20m"))))).isEmpty();
        assertThat(groups("top_users", filters(Map.of("from", List.of("now-7d"))), Optional.empty())).isEmpty();
    }

    private List<String> groups(String panel, DashboardFilters filters) {
        return groups(panel, filters, ROLLUP);
    }

    /** The rollup groups the panel's search reads, in the order of its time range. */
    private List<String> groups(String panel, DashboardFilters filters, Optional<RolledUp> rollup) {
        PanelSearch search = QueryCompiler.panel(cloudtrail, cloudtrail.panel(panel).orElseThrow(), filters,
                ProjectScope.everything(), rollup);
        if (!search.index().contains(CloudTrailRollup.SPEC.index().prefix())) {
            return List.of();
        }
        return search.body().findValues("vigil.rollup.group").stream().map(JsonNode::asText).toList();
    }

    private static Instant start(JsonNode rolled) {
        return Instant.ofEpochMilli(rolled.at("/bool/filter/1/range/@timestamp/gte").asLong());
    }

    private static Instant end(JsonNode rolled) {
        return Instant.ofEpochMilli(rolled.at("/bool/filter/1/range/@timestamp/lt").asLong());
    }

    private PanelSearch search(String panel, DashboardFilters filters) {
        return QueryCompiler.panel(cloudtrail, cloudtrail.panel(panel).orElseThrow(), filters, ProjectScope.everything(),
                ROLLUP);
    }

    private DashboardFilters filters(Map<String, List<String>> params) {
        return DashboardFilters.parse(cloudtrail, params, NOW);
    }
}
