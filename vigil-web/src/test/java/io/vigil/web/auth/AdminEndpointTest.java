package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.TestWeb;
import io.vigil.web.page.Page;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin page over real HTTP against a started server. */
class AdminEndpointTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    private TestWeb web;
    private String session;
    private String csrf;

    @BeforeEach
    void start() {
        web = TestWeb.start(dataDir);
        web.users().add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));
        web.users().add("alice", PASSWORD, List.of(Role.DEVELOPER, Role.SYSADMIN), List.of("alpha", "<script>x</script>"));
        session = web.login("root", PASSWORD);
        csrf = web.csrf(session);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void listsTheUsersWithTheirRolesAndGrantsEscaped() {
        HttpResponse<String> page = web.get("/admin", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(Page.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("<td>root</td><td>admin</td><td>*</td>")
                .contains("<td>alice</td><td>developer, sysadmin</td><td>alpha, &lt;script&gt;x&lt;/script&gt;</td>")
                .doesNotContain("<script").doesNotContain("$argon2id")
                .contains("action=\"/admin/users/alice/grant\"").contains("action=\"/admin/users/alice/delete\"")
                .contains("<span class=\"user\">root</span>");
    }

    @Test
    void addsAUser() {
        HttpResponse<String> added = post("/admin/users", Map.of("name", List.of("bob"), "password", List.of(PASSWORD),
                "roles", List.of("security-engineer", "demo"), "projects", List.of(" alpha , beta ")));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).contains("/admin");
        User bob = web.users().find("bob").orElseThrow();
        assertThat(bob.roles()).containsExactly(Role.SECURITY_ENGINEER, Role.DEMO);
        assertThat(bob.projects()).containsExactly("alpha", "beta");
        assertThat(web.login("bob", PASSWORD)).isNotEmpty();
    }

    @Test
    void aRefusedChangeShowsTheListWithTheReasonEscaped() {
        HttpResponse<String> weak = post("/admin/users", Map.of("name", List.of("bob"), "password", List.of("short"),
                "roles", List.of("developer")));
        HttpResponse<String> badName = post("/admin/users", Map.of("name", List.of("<b>"), "password", List.of(PASSWORD),
                "roles", List.of("developer")));
        HttpResponse<String> badRole = post("/admin/users", Map.of("name", List.of("bob"), "password", List.of(PASSWORD),
                "roles", List.of("root")));

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 12").contains("<td>alice</td>");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("user name &#39;&lt;b&gt;&#39; is not valid").doesNotContain("'<b>'");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("&#39;root&#39; is not a role");
        assertThat(web.users().find("bob")).isEmpty();
    }

    @Test
    void setsRolesAndProjects() {
        HttpResponse<String> granted = post("/admin/users/alice/grant", Map.of("roles", List.of("project-manager"),
                "projects", List.of("gamma")));

        assertThat(granted.statusCode()).isEqualTo(303);
        User alice = web.users().find("alice").orElseThrow();
        assertThat(alice.roles()).containsExactly(Role.PROJECT_MANAGER);
        assertThat(alice.projects()).containsExactly("gamma");
    }

    @Test
    void removesAUserButNotTheLastAdmin() {
        assertThat(post("/admin/users/alice/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(web.users().find("alice")).isEmpty();

        HttpResponse<String> last = post("/admin/users/root/delete", Map.of());
        assertThat(last.statusCode()).isEqualTo(400);
        assertThat(last.body()).contains("leave no admin");
        HttpResponse<String> unknown = post("/admin/users/nobody/delete", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no user named &#39;nobody&#39;");
    }

    @Test
    void otherRolesCannotChangeUsers() {
        String developer = web.login("alice", PASSWORD);

        HttpResponse<String> page = web.get("/admin", developer);
        HttpResponse<String> add = web.post("/admin/users", developer, Map.of("name", List.of("mallory"),
                "password", List.of(PASSWORD), "roles", List.of("admin"), "csrf", List.of(csrf)));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(web.users().find("mallory")).isEmpty();
    }

    private HttpResponse<String> post(String path, Map<String, List<String>> form) {
        Map<String, List<String>> withToken = new HashMap<>(form);
        withToken.put("csrf", List.of(csrf));
        return web.post(path, session, withToken);
    }
}
