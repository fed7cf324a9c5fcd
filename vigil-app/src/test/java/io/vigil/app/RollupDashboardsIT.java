package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.demo.DemoDataset;
import io.vigil.app.runtime.EngineDashboardSearch;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.cloudtrail.CloudTrailRollup;
import io.vigil.store.rollup.RollupJob;
import io.vigil.store.rollup.RollupRun;
import io.vigil.web.auth.ProjectScope;
import io.vigil.web.dashboard.Dashboard;
import io.vigil.web.dashboard.DashboardCatalog;
import io.vigil.web.dashboard.DashboardFilters;
import io.vigil.web.dashboard.DashboardQueries;
import io.vigil.web.dashboard.Panel;
import io.vigil.web.dashboard.PanelSearch;
import io.vigil.web.dashboard.RolledUp;
import io.vigil.web.dashboard.Rollups;
import io.vigil.web.dashboard.QueryCompiler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CloudTrail dashboard answers the same from the hourly rollup as from the raw events, on the
 * demo's CloudTrail logs: every panel and the filter choices, for ranges of a day to a month, ranges
 * that start and end mid-hour, admins and project managers (of the project whose account another
 * project shares), selects and click filters, with the watermark in the middle of the data (mid-day:
 * the day it falls in read from hourly rows and events) and at the present.
 */
class RollupDashboardsIT {

    private static final Duration LAG = Duration.ofSeconds(30);

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Answers {

        private Vigil vigil;
        private Dashboard cloudtrail;
        private DashboardQueries raw;
        private DashboardQueries rolledUp;
        private Instant end;
        private int weekly;

        abstract VigilConfig config(Path dataDir);

        @BeforeAll
        void loadDemo(@TempDir Path dir) {
            vigil = Vigil.open(config(dir.resolve("data")).withPrograms(DemoDataset.programs()), Map.of(), false);
            Clock clock = Clock.systemUTC();
            end = clock.instant().truncatedTo(ChronoUnit.DAYS);
            DemoDataset.load(vigil, clock);
            EngineDashboardSearch search = new EngineDashboardSearch(vigil.engine().backend());
            raw = new DashboardQueries(search, 4);
            rolledUp = new DashboardQueries(search, 4, new Rollups(List.of(CloudTrailRollup.SPEC), search, Duration.ZERO));
            cloudtrail = DashboardCatalog.load().find("cloudtrail").orElseThrow();
        }

        @AfterAll
        void close() {
            if (raw != null) {
                raw.close();
                rolledUp.close();
            }
            if (vigil != null) {
                vigil.close();
            }
        }

        @Test
        void everyPanelAnswersTheSameWithTheWatermarkInsideTheDataAndAtThePresent() throws Exception {
            // a watermark 36 hours before the demo's end: mid-day, so days and hours both end there
            RollupRun past = job(end.minus(Duration.ofHours(36)).plus(LAG)).run(CloudTrailRollup.SPEC);
            assertThat(past.events()).isPositive();
            assertThat(past.watermark()).isEqualTo(end.minus(Duration.ofHours(36)));
            int routed = compareEveryVariant(past.watermark());

            RollupRun present = job(Instant.now()).run(CloudTrailRollup.SPEC);
            assertThat(present.periodsRolled()).as("hours after the first watermark, in every group").isPositive();
            routed += compareEveryVariant(present.watermark());

            assertThat(routed).as("panel answers read from the rollup").isGreaterThan(50);
            assertThat(weekly).as("panel answers read from weekly rows").isPositive();
        }

        private int compareEveryVariant(Instant watermark) {
            int routed = 0;
            Map<String, String> clicks = clicks();
            for (Map<String, List<String>> params : variants(clicks)) {
                for (ProjectScope scope : List.of(ProjectScope.everything(), ProjectScope.of(List.of("storefront")))) {
                    DashboardFilters filters = DashboardFilters.parse(cloudtrail, params, end);
                    String label = params + " in " + scope.projects();
                    ObjectNode expected = raw.panels(cloudtrail, filters, scope);
                    ObjectNode answered = rolledUp.panels(cloudtrail, filters, scope);
                    for (Panel panel : cloudtrail.panels()) {
                        assertThat(comparable(answered.path(panel.id()))).as(panel.id() + " " + label)
                                .isEqualTo(comparable(expected.path(panel.id())));
                        PanelSearch search = QueryCompiler.panel(cloudtrail, panel, filters, scope,
                                Optional.of(new RolledUp(CloudTrailRollup.SPEC, watermark)));
                        routed += search.index().contains(CloudTrailRollup.SPEC.index().prefix()) ? 1 : 0;
                        weekly += search.body().toString().contains("\"user_weekly\"") ? 1 : 0;
                    }
                    assertThat(rolledUp.facets(cloudtrail, filters.time(), scope)).as("filter choices " + label)
                            .isEqualTo(raw.facets(cloudtrail, filters.time(), scope));
                }
            }
            return routed;
        }

        /** Click filters on values the demo has: its most active user and country, and a denied call. */
        private Map<String, String> clicks() {
            DashboardFilters month = DashboardFilters.parse(cloudtrail, Map.of("from", List.of("now-30d")), end);
            ObjectNode users = raw.panel(cloudtrail, cloudtrail.panel("top_users").orElseThrow(), month, ProjectScope.everything());
            ObjectNode places = raw.panel(cloudtrail, cloudtrail.panel("source_locations").orElseThrow(), month,
                    ProjectScope.everything());
            Map<String, String> clicks = new LinkedHashMap<>();
            clicks.put("user.name", users.path("buckets").path(0).path("key").asText());
            clicks.put("source.geo.country_iso_code", places.path("points").path(0).path("key").asText());
            clicks.put("error.code", "AccessDenied");
            clicks.put("aws.cloudtrail.event_type", "AwsConsoleSignIn");
            return clicks;
        }

        private List<Map<String, List<String>>> variants(Map<String, String> clicks) {
            List<Map<String, List<String>>> variants = new ArrayList<>();
            for (String from : List.of("now-24h", "now-7d", "now-30d")) {
                variants.add(Map.of("from", List.of(from)));
            }
            // mid-hour ends, around the watermarks
            String from = end.minus(Duration.ofDays(12)).minus(Duration.ofMinutes(17)).toString();
            String to = end.minus(Duration.ofHours(20)).plus(Duration.ofMinutes(41)).toString();
            variants.add(Map.of("from", List.of(from), "to", List.of(to)));
            variants.add(Map.of("from", List.of("now-7d"), "account", List.of("111122223333")));
            variants.add(Map.of("from", List.of("now-30d"), "project", List.of("storefront")));
            clicks.forEach((field, value) ->
                    variants.add(Map.of("from", List.of("now-30d"), "filter", List.of(field + ":" + value))));
            return variants;
        }

        private RollupJob job(Instant now) {
            return new RollupJob(vigil.engine().backend(), vigil.sink(), Clock.fixed(now, ZoneOffset.UTC), LAG);
        }

        /**
         * The answer without what may differ: a map point's place is the centre of rollup rows' centres
         * rather than of the events'; everything counted must be equal.
         */
        private static JsonNode comparable(JsonNode answer) {
            ObjectNode copy = (ObjectNode) answer.deepCopy();
            JsonNode points = copy.path("points");
            if (points.isArray()) {
                Map<String, Long> byKey = new TreeMap<>();
                points.forEach(point -> byKey.put(point.path("key").asText(), point.path("value").asLong()));
                copy.putPOJO("points", byKey);
            }
            return copy;
        }
    }

    @Nested
    class Embedded extends Answers {

        @Override
        VigilConfig config(Path dataDir) {
            return VigilConfig.defaults().withDataDir(dataDir);
        }
    }

    @Nested
    class OnElasticsearch extends Answers {

        @RegisterExtension
        final ExternalElasticsearch elasticsearch = ExternalElasticsearch.sharedByTheTests();

        @Override
        VigilConfig config(Path dataDir) {
            return elasticsearch.config(dataDir);
        }
    }
}
