package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.web.auth.Principal;
import io.vigil.web.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardCatalogTest {

    private static final Set<String> AGGREGATABLE = Set.of("keyword", "ip", "boolean", "long", "integer", "double",
            "float", "date");

    private final DashboardCatalog catalog = DashboardCatalog.load();

    @Test
    void declaresTheThreeDashboardsOfTheIssue() {
        assertThat(catalog.all()).extracting(Dashboard::id).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
        assertThat(catalog.find("cloudtrail").orElseThrow().panels()).extracting(Panel::id).containsExactly(
                "source_locations", "events_over_time", "mfa", "top_event_names", "top_users", "top_event_sources",
                "errors");
        assertThat(catalog.find("cloudtrail").orElseThrow().attribution().url()).isEqualTo("https://db-ip.com");
    }

    @Test
    void everyFieldADeclarationNamesIsMappedAsItsUseNeeds() {
        List<String> problems = new ArrayList<>();
        for (Dashboard dashboard : catalog.all()) {
            for (Map.Entry<String, List<FieldUse>> byIndex : dashboard.fieldsByIndex().entrySet()) {
                JsonNode mapping = Mappings.mapping(byIndex.getKey());
                for (FieldUse use : byIndex.getValue()) {
                    String where = dashboard.id() + ": " + use.field() + " (" + use.need() + ") in " + byIndex.getKey();
                    Mappings.field(mapping, use.field()).ifPresentOrElse(field -> {
                        if (!allows(field, use.need())) {
                            problems.add(where + " is mapped as " + field);
                        }
                    }, () -> problems.add(where + " is not mapped"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rolesOpenTheDashboardsTheBriefAssigns() {
        assertThat(visible(Role.ADMIN)).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
        assertThat(visible(Role.SECURITY_ENGINEER)).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
        assertThat(visible(Role.SYSADMIN)).containsExactly("cloudtrail");
        assertThat(visible(Role.DEVELOPER)).containsExactly("vulnerabilities");
        assertThat(visible(Role.PROGRAM_MANAGER)).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
        assertThat(visible(Role.PROJECT_MANAGER)).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
        assertThat(visible(Role.DEMO)).containsExactly("cloudtrail", "vulnerabilities", "guardduty");
    }

    @Test
    void anIngestKeySeesNoDashboard() {
        Principal key = new Principal("sender", Principal.Kind.KEY, List.of(), List.of("alpha"));
        assertThat(catalog.all()).noneMatch(dashboard -> dashboard.visibleTo(key));
    }

    @Test
    void aWrongDeclarationIsRefusedNamingTheFileAndTheProblem() {
        assertThatThrownBy(() -> DashboardCatalog.read("io/vigil/web/dashboard/wrong-visualization.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/vigil/web/dashboard/wrong-visualization.json")
                .hasMessageContaining("panel 'events' cannot draw terms as line");
        assertThatThrownBy(() -> DashboardCatalog.read("io/vigil/web/dashboard/unknown-property.json"))
                .hasMessageContaining("unknown-property.json").hasMessageContaining("colour").hasMessageContaining("line");
        assertThatThrownBy(() -> DashboardCatalog.read("io/vigil/web/dashboard/unknown-dataset.json"))
                .hasMessageContaining("panel 'count' reads dataset 'logs', which dashboard 'broken' does not declare");
        assertThatThrownBy(() -> DashboardCatalog.read("io/vigil/web/dashboard/missing.json"))
                .hasMessageContaining("io/vigil/web/dashboard/missing.json is not on the class path");
    }

    private List<String> visible(Role role) {
        Principal principal = new Principal("someone", Principal.Kind.USER, List.of(role), List.of("alpha"));
        return catalog.all().stream().filter(dashboard -> dashboard.visibleTo(principal)).map(Dashboard::id).toList();
    }

    private static boolean allows(JsonNode field, FieldUse.Need need) {
        String type = field.path("type").asText();
        boolean searchable = field.path("index").asBoolean(true) && field.path("doc_values").asBoolean(true);
        return switch (need) {
            case AGGREGATED -> AGGREGATABLE.contains(type) && searchable;
            case DATE -> type.equals("date");
            case GEO_POINT -> type.equals("geo_point");
            case SHOWN -> !type.isEmpty();
        };
    }
}
