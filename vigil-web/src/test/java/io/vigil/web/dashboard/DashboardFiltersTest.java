package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardFiltersTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final Dashboard cloudtrail = DashboardCatalog.load().find("cloudtrail").orElseThrow();

    @Test
    void absentParametersTakeTheDashboardsDefaults() {
        DashboardFilters filters = DashboardFilters.parse(cloudtrail, Map.of(), NOW);
        assertThat(filters.from()).isEqualTo("now-24h");
        assertThat(filters.to()).isEqualTo("now");
        assertThat(filters.time().from()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(filters.terms()).isEmpty();
        assertThat(filters.page()).isZero();
    }

    @Test
    void selectsAndClickFiltersBecomeTermsByField() {
        DashboardFilters filters = DashboardFilters.parse(cloudtrail, Map.of(
                "project", List.of("alpha"), "account", List.of("123456789012"), "region", List.of(""),
                "filter", List.of("user.name:alice", "source.address:2001:db8::1", "user.name:alice")), NOW);
        assertThat(filters.terms()).containsExactly(
                Map.entry("vigil.project", List.of("alpha")), Map.entry("cloud.account.id", List.of("123456789012")),
                Map.entry("user.name", List.of("alice")), Map.entry("source.address", List.of("2001:db8::1")));
        assertThat(filters.clicks()).extracting(DashboardFilters.ClickFilter::parameter)
                .containsExactly("user.name:alice", "source.address:2001:db8::1");
    }

    @Test
    void wrongParametersAreRefusedNamingThem() {
        assertThatThrownBy(() -> DashboardFilters.parse(cloudtrail, Map.of("page", List.of("-1")), NOW))
                .hasMessageContaining("'page' is '-1': expected a number from 0 to 1000");
        assertThatThrownBy(() -> DashboardFilters.parse(cloudtrail, Map.of("project", List.of("a", "b")), NOW))
                .hasMessageContaining("'project' is given 2 times");
        assertThatThrownBy(() -> DashboardFilters.parse(cloudtrail,
                Map.of("filter", Collections.nCopies(21, "user.name:alice")), NOW))
                .hasMessageContaining("at most 20 filters");
        assertThatThrownBy(() -> DashboardFilters.parse(cloudtrail,
                Map.of("filter", List.of("user.name:" + "x".repeat(2049))), NOW))
                .hasMessageContaining("longer than 2048 characters");
    }
}
