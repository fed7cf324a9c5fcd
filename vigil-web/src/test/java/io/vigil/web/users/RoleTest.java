package io.vigil.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleLandsOnItsDashboard() {
        assertThat(Role.fromId("program-manager").landing()).isEqualTo("/dashboards/vulnerabilities");
        assertThat(Role.fromId("project-manager").landing()).isEqualTo("/dashboards/vulnerabilities");
        assertThat(Role.fromId("developer").landing()).isEqualTo("/dashboards/vulnerabilities");
        assertThat(Role.fromId("security-engineer").landing()).isEqualTo("/dashboards/guardduty");
        assertThat(Role.fromId("sysadmin").landing()).isEqualTo("/dashboards/cloudtrail");
        assertThat(Role.fromId("admin").landing()).isEqualTo("/admin");
        assertThat(Role.fromId("demo").landing()).isEqualTo("/dashboards/cloudtrail");
    }

    @Test
    void unknownRolesAreNamedWithTheRolesThereAre() {
        assertThatThrownBy(() -> Role.fromId("root")).hasMessageContaining("'root' is not a role")
                .hasMessageContaining("program-manager, project-manager, developer, security-engineer, sysadmin,"
                        + " admin, demo");
    }
}
