package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.keys.IngestKey;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T10:00:00Z");

    private static User user(List<Role> roles, List<String> projects) {
        return new User("alice", "$argon2id$hash", roles, projects, 0, null, CREATED);
    }

    @Test
    void adminsSeeEverythingWhateverTheirGrants() {
        Principal admin = Principal.of(user(List.of(Role.ADMIN), List.of("alpha")));

        assertThat(admin.scope()).isEqualTo(ProjectScope.everything());
        assertThat(admin.landing()).contains("/admin");
    }

    @Test
    void usersSeeTheirGrantedProjects() {
        Principal manager = Principal.of(user(List.of(Role.PROJECT_MANAGER), List.of("alpha", "beta")));

        assertThat(manager.kind()).isEqualTo(Principal.Kind.USER);
        assertThat(manager.scope()).isEqualTo(ProjectScope.of(List.of("alpha", "beta")));
        assertThat(manager.landing()).contains("/dashboards/vulnerabilities");
    }

    @Test
    void aUserGrantedEveryProjectStillDoesNotSeeUnassignedDocuments() {
        Principal engineer = Principal.of(user(List.of(Role.SECURITY_ENGINEER), List.of("*")));

        assertThat(engineer.scope()).isEqualTo(ProjectScope.allProjects());
        assertThat(engineer.scope().includesDeadLetters()).isFalse();
    }

    @Test
    void aUserWithSeveralRolesLandsOnTheFirstInRoleOrder() {
        Principal both = Principal.of(user(List.of(Role.DEMO, Role.DEVELOPER), List.of()));

        assertThat(both.roles()).containsExactly(Role.DEVELOPER, Role.DEMO);
        assertThat(both.landing()).contains("/dashboards/vulnerabilities");
        assertThat(both.scope().includes(List.of("alpha"))).isFalse();
    }

    @Test
    void keysHaveNoRolesAndTheirProjects() {
        IngestKey key = new IngestKey("0123456789ab", "shipper", "00", List.of("*"), List.of("alpha"), CREATED, null);

        Principal principal = Principal.of(key);

        assertThat(principal.kind()).isEqualTo(Principal.Kind.KEY);
        assertThat(principal.roles()).isEmpty();
        assertThat(principal.landing()).isEmpty();
        assertThat(principal.scope()).isEqualTo(ProjectScope.of(List.of("alpha")));
    }
}
