package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What panels answer without data; answers with data are checked against real engines in the ITs. */
class PanelResultsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final DashboardCatalog catalog = DashboardCatalog.load();

    @Test
    void anIndexThatDoesNotExistYetAnswersEveryPanelEmpty() {
        ObjectNode nothing = new ObjectMapper().createObjectNode();
        for (Dashboard dashboard : catalog.all()) {
            DashboardFilters filters = DashboardFilters.parse(dashboard, Map.of(), NOW);
            for (Panel panel : dashboard.panels()) {
                JsonNode answer = PanelResults.shape(dashboard, panel, filters, nothing);
                assertThat(answer.path("id").asText()).isEqualTo(panel.id());
                assertThat(answer.path("visualization").asText()).isEqualTo(panel.visualization().id());
                assertThat(answer.path("total").asLong()).as(panel.id()).isZero();
                assertThat(answer.findValues("value")).as(panel.id())
                        .allSatisfy(value -> assertThat(value.isNull() || value.asLong() == 0).isTrue());
                assertThat(answer.path("rows")).isEmpty();
                assertThat(answer.path("points")).isEmpty();
            }
        }
    }

    @Test
    void onlyFilterableFieldsAreOfferedForClicks() {
        Dashboard cloudtrail = catalog.find("cloudtrail").orElseThrow();
        DashboardFilters filters = DashboardFilters.parse(cloudtrail, Map.of(), NOW);
        ObjectNode nothing = new ObjectMapper().createObjectNode();
        JsonNode users = PanelResults.shape(cloudtrail, cloudtrail.panel("top_users").orElseThrow(), filters, nothing);
        assertThat(users.path("filter_field").asText()).isEqualTo("user.name");
        JsonNode errors = PanelResults.shape(cloudtrail, cloudtrail.panel("errors").orElseThrow(), filters, nothing);
        assertThat(errors.path("columns")).extracting(column -> column.path("filterable").asBoolean())
                .containsExactly(false, true, true, true, true, true, false);
        JsonNode timeToRemediate = PanelResults.shape(catalog.find("vulnerabilities").orElseThrow(),
                catalog.find("vulnerabilities").orElseThrow().panel("time_to_remediate").orElseThrow(),
                DashboardFilters.parse(catalog.find("vulnerabilities").orElseThrow(), Map.of(), NOW), nothing);
        assertThat(timeToRemediate.path("value").isNull()).isTrue();
        assertThat(timeToRemediate.path("unit").asText()).isEqualTo("ms");
    }
}
