package io.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.auth.CsrfCheck;
import io.vigil.web.keys.NewKey;
import io.vigil.web.users.Role;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who reaches which route, over real HTTP against a started server. */
class AccessCheckTest {

    private static final String PASSWORD = "correct horse battery";
    /** The routes open to anyone; the static files are the pages' script, styles, ECharts and world map. */
    private static final Set<String> PUBLIC = Set.of("GET /health", "GET /login", "POST /login", "POST /logout",
            "GET /static/<name>");

    @TempDir
    Path dataDir;

    private TestWeb web;
    private NewKey key;

    @BeforeEach
    void start() {
        web = TestWeb.start(dataDir);
        web.users().add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));
        web.users().add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));
        key = web.keys().create("shipper", List.of("*"), List.of("*"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void noRouteButHealthAndLoginAnswersWithoutAuthentication() {
        List<String> routes = web.server().routes();
        assertThat(routes).containsAll(PUBLIC).contains("GET /admin", "POST /ingest/{name}");
        List<String> checked = new ArrayList<>();
        for (String route : routes) {
            if (PUBLIC.contains(route)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "root");

            HttpResponse<String> program = web.send(web.request(path, null)
                    .method(method, BodyPublishers.ofString("name=x&password=" + PASSWORD))
                    .header("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(program.statusCode()).as(route).isEqualTo(401);
            assertThat(program.headers().firstValue("WWW-Authenticate")).as(route).isPresent();
            if (method.equals("GET")) {
                HttpResponse<String> browser = web.get(path, null);
                assertThat(browser.statusCode()).as(route).isIn(303, 401);
                if (browser.statusCode() == 303) {
                    assertThat(browser.headers().firstValue("Location")).as(route)
                            .contains("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
                }
            }
            checked.add(route);
        }
        assertThat(checked).contains("GET /", "GET /admin", "POST /admin/users", "POST /admin/users/{name}/delete",
                "POST /admin/users/{name}/grant", "GET /api/stats", "POST /ingest/{name}");
        assertThat(web.users().list()).extracting(user -> user.name()).containsExactly("root", "alice");
    }

    @Test
    void theHomePageSendsAUserToTheirLanding() {
        HttpResponse<String> home = web.get("/", web.login("alice", PASSWORD));

        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(home.headers().firstValue("Location")).contains("/dashboards/vulnerabilities");
        assertThat(web.send(web.request("/", null).header("Authorization", "Bearer " + key.plaintext())).statusCode())
                .as("a key has no landing page").isEqualTo(404);
    }

    @Test
    void theAdminPageIsForbiddenToOtherRolesAndToKeys() {
        HttpResponse<String> developer = web.get("/admin", web.login("alice", PASSWORD));
        HttpResponse<String> withKey = web.send(web.request("/admin", null).header("Authorization", "Bearer " + key.plaintext()));
        HttpResponse<String> postWithKey = web.send(web.request("/admin/users", null)
                .header("Authorization", "Bearer " + key.plaintext())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("name=mallory&password=correct+horse+battery&roles=admin")));

        assertThat(developer.statusCode()).isEqualTo(403);
        assertThat(developer.body()).contains("for admins only");
        assertThat(withKey.statusCode()).isEqualTo(403);
        assertThat(postWithKey.statusCode()).as("a key needs no CSRF token but has no admin role").isEqualTo(403);
        assertThat(postWithKey.body()).contains("for admins only");
        assertThat(web.users().find("mallory")).isEmpty();
    }

    @Test
    void aStateChangingSessionRequestWithoutTheCsrfTokenIsRefused() {
        String session = web.login("root", PASSWORD);
        String token = web.csrf(session);
        Map<String, List<String>> form = Map.of("name", List.of("bob"), "password", List.of(PASSWORD),
                "roles", List.of("developer"));

        HttpResponse<String> none = web.post("/admin/users", session, form);
        HttpResponse<String> wrong = web.post("/admin/users", session, with(form, "csrf", token.substring(1) + "A"));
        HttpResponse<String> otherSessions = web.post("/admin/users", session,
                with(form, "csrf", web.csrf(web.login("root", PASSWORD))));

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("CSRF token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(otherSessions.statusCode()).isEqualTo(403);
        assertThat(web.users().find("bob")).isEmpty();

        assertThat(web.post("/admin/users", session, with(form, "csrf", token)).statusCode()).isEqualTo(303);
        assertThat(web.users().find("bob")).isPresent();
    }

    @Test
    void theCsrfTokenMayComeAsAHeader() {
        String session = web.login("root", PASSWORD);

        HttpResponse<String> response = web.send(web.request("/admin/users/alice/delete", session)
                .header(CsrfCheck.HEADER, web.csrf(session)).POST(BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(web.users().find("alice")).isEmpty();
    }

    @Test
    void aSessionDoesNotOpenTheIngestKeyRoutes() {
        String session = web.login("root", PASSWORD);

        HttpResponse<String> ingest = web.send(web.request("/ingest/test", session)
                .POST(BodyPublishers.ofString("{\"id\":\"a\",\"@timestamp\":\"2026-11-01T00:00:00Z\"}\n")));
        HttpResponse<String> stats = web.send(web.request("/api/stats", session).GET());

        assertThat(ingest.statusCode()).isEqualTo(401);
        assertThat(ingest.body()).contains("missing ingest key");
        assertThat(stats.statusCode()).isEqualTo(401);
        assertThat(web.send(web.request("/api/stats", null).header("Authorization", "Bearer " + key.plaintext()))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRemovedUsersSessionEndsAtTheNextRequest() {
        String session = web.login("alice", PASSWORD);
        assertThat(web.get("/", session).statusCode()).isEqualTo(303);

        web.users().remove("alice");

        HttpResponse<String> after = web.send(web.request("/", session).GET());
        assertThat(after.statusCode()).isEqualTo(401);
    }

    private static Map<String, List<String>> with(Map<String, List<String>> form, String name, String value) {
        Map<String, List<String>> more = new HashMap<>(form);
        more.put(name, List.of(value));
        return more;
    }
}
