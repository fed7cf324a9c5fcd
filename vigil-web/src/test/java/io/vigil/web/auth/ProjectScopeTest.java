package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectScopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everythingIsUnrestrictedWithUnassignedDocumentsAndDeadLetters() {
        ProjectScope scope = ProjectScope.everything();

        assertThat(scope.unrestricted()).isTrue();
        assertThat(scope.includesDeadLetters()).isTrue();
        assertThat(scope.includes(List.of("alpha"))).isTrue();
        assertThat(scope.includes(List.of("unassigned"))).isTrue();
        assertThat(scope.includes(List.of())).isTrue();
        assertThat(scope.filter()).isEmpty();
    }

    @Test
    void allProjectsLeavesOutUnassignedDocumentsAndDeadLetters() throws Exception {
        ProjectScope scope = ProjectScope.allProjects();

        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.includesDeadLetters()).isFalse();
        assertThat(scope.includes(List.of("alpha"))).isTrue();
        assertThat(scope.includes(List.of("unassigned"))).isFalse();
        assertThat(scope.includes(List.of())).isFalse();
        assertThat(scope.filter()).contains((ObjectNode) JSON.readTree(
                "{\"bool\":{\"filter\":{\"exists\":{\"field\":\"vigil.project\"}},"
                        + "\"must_not\":{\"term\":{\"vigil.project\":\"unassigned\"}}}}"));
    }

    @Test
    void listedProjectsSeeDocumentsOfAnyOfThemIncludingSharedOnes() throws Exception {
        ProjectScope scope = ProjectScope.of(List.of("beta", "alpha"));

        assertThat(scope.projects()).containsExactly("alpha", "beta");
        assertThat(scope.includesDeadLetters()).isFalse();
        assertThat(scope.includes(List.of("alpha"))).isTrue();
        assertThat(scope.includes(List.of("gamma", "beta"))).as("an account shared with another project").isTrue();
        assertThat(scope.includes(List.of("gamma"))).isFalse();
        assertThat(scope.includes(List.of("unassigned"))).isFalse();
        assertThat(scope.includes(List.of())).isFalse();
        assertThat(scope.filter()).contains((ObjectNode) JSON.readTree(
                "{\"terms\":{\"vigil.project\":[\"alpha\",\"beta\"]}}"));
    }

    @Test
    void unassignedCannotBeListedAndNoProjectsSeeNothing() throws Exception {
        ProjectScope scope = ProjectScope.of(List.of("unassigned"));

        assertThat(scope.projects()).isEmpty();
        assertThat(scope.includes(List.of("unassigned"))).isFalse();
        assertThat(scope.filter()).contains((ObjectNode) JSON.readTree(
                "{\"match_none\":{}}"));
        assertThat(scope).isEqualTo(ProjectScope.of(List.of()));
    }
}
