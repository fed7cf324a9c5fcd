package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.web.TestWeb;
import io.vigil.web.page.Html;
import io.vigil.web.page.Page;
import io.vigil.web.users.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login and logout over real HTTP against a started server. */
class LoginEndpointTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    private TestWeb web;

    @BeforeEach
    void start() {
        web = TestWeb.start(dataDir);
        web.users().add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));
        web.users().add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theLoginPageIsOpenAndServedUnderThePageCsp() {
        HttpResponse<String> page = web.get("/login", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").contains("utf-8"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(Page.CONTENT_SECURITY_POLICY);
        assertThat(Page.CONTENT_SECURITY_POLICY).isEqualTo("default-src 'none'; style-src 'self'; img-src 'self' data:;"
                + " script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("<form class=\"login\" method=\"post\" action=\"/login\">")
                .contains("type=\"password\"").doesNotContain("<script").doesNotContain("style=")
                .doesNotContain(" on");
        assertThat(TestWeb.setCookie(page)).isEmpty();
    }

    @Test
    void theRightPasswordSetsAStrictHttpOnlySessionCookieAndLandsOnTheRolesPage() {
        HttpResponse<String> response = login("alice", PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/dashboards/vulnerabilities");
        String cookie = TestWeb.setCookie(response).orElseThrow();
        assertThat(cookie).matches("vigil_session=[A-Za-z0-9_-]{43}; .*");
        assertThat(attributes(cookie)).contains("Path=/", "HttpOnly", "SameSite=Strict")
                .as("plain HTTP: not Secure; no Max-Age: gone when the browser closes")
                .noneMatch(attribute -> attribute.startsWith("Secure") || attribute.startsWith("Max-Age")
                        || attribute.startsWith("Expires"));
    }

    @Test
    void eachRoleLandsOnItsOwnPage() {
        for (Role role : Role.values()) {
            String name = "user-" + role.id();
            web.users().add(name, PASSWORD, List.of(role), List.of("alpha"));

            assertThat(login(name, PASSWORD, null).headers().firstValue("Location")).as(role.id()).contains(role.landing());
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameRefusal() {
        HttpResponse<String> wrong = login("alice", PASSWORD + "!", null);
        HttpResponse<String> unknown = login("mallory", PASSWORD, null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestWeb.setCookie(wrong)).isEmpty();
        assertThat(wrong.body()).contains(Html.escape(LoginEndpoint.REFUSED)).contains("<form class=\"login\"");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordAfterFiveFailures() {
        HttpResponse<String> firstFailure = login("alice", "wrong password 0", null);
        for (int i = 1; i < 5; i++) {
            assertThat(login("alice", "wrong password " + i, null).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = login("alice", PASSWORD, null);

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(TestWeb.setCookie(locked)).isEmpty();
        assertThat(locked.body()).as("a lockout reads like a wrong password").isEqualTo(firstFailure.body());
        assertThat(login("root", PASSWORD, null).statusCode()).as("other users are not locked").isEqualTo(303);
    }

    @Test
    void tooManyAttemptsFromOneAddressAreThrottled() {
        web.close();
        web = TestWeb.start(dataDir, new AuthSettings(null, null, null, 3, Duration.ofMinutes(1), Duration.ZERO));
        for (int i = 0; i < 3; i++) {
            assertThat(login("nobody-" + i, PASSWORD, null).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = login("alice", PASSWORD, null);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(TestWeb.setCookie(throttled)).isEmpty();
    }

    @Test
    void goesBackToTheLocalPageAskedForButNeverElsewhere() {
        assertThat(login("alice", PASSWORD, "/dashboards/cloudtrail?project=alpha").headers().firstValue("Location"))
                .contains("/dashboards/cloudtrail?project=alpha");
        for (String elsewhere : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            assertThat(login("alice", PASSWORD, elsewhere).headers().firstValue("Location")).as(elsewhere)
                    .contains("/dashboards/vulnerabilities");
        }
    }

    @Test
    void theLoginFormCarriesTheLocalPageAskedFor() {
        assertThat(web.get("/login?next=%2Fdashboards%2Fhosts", null).body())
                .contains("<input type=\"hidden\" name=\"next\" value=\"/dashboards/hosts\">");
        assertThat(web.get("/login?next=%2F%22%3E%3Cscript%3E", null).body())
                .doesNotContain("name=\"next\"").doesNotContain("<script");
    }

    @Test
    void aSignedInUserOpeningTheLoginPageGoesToTheirPage() {
        String session = web.login("alice", PASSWORD);

        HttpResponse<String> page = web.get("/login", session);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/dashboards/vulnerabilities");
    }

    @Test
    void aNewLoginReplacesTheSessionTheBrowserHad() {
        String before = web.login("root", PASSWORD);

        HttpResponse<String> again = web.post("/login", before, Map.of("name", List.of("root"),
                "password", List.of(PASSWORD)));

        String after = TestWeb.sessionCookie(again).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(web.get("/admin", before).statusCode()).isEqualTo(303);
        assertThat(web.get("/admin", after).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        String session = web.login("root", PASSWORD);

        HttpResponse<String> out = web.post("/logout", session, Map.of("csrf", List.of(web.csrf(session))));

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/login");
        assertThat(TestWeb.setCookie(out)).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("vigil_session=;").contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT").contains("HttpOnly").contains("SameSite=Strict"));
        HttpResponse<String> after = web.get("/admin", session);
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).contains("/login?next=%2Fadmin");
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefusedAndTheSessionStays() {
        String session = web.login("root", PASSWORD);

        HttpResponse<String> forged = web.post("/logout", session, Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(web.get("/admin", session).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutWithoutASessionJustGoesToTheLoginPage() {
        HttpResponse<String> out = web.post("/logout", null, Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/login");
    }

    private HttpResponse<String> login(String name, String password, String next) {
        return web.post("/login", null, next == null
                ? Map.of("name", List.of(name), "password", List.of(password))
                : Map.of("name", List.of(name), "password", List.of(password), "next", List.of(next)));
    }

    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.split(";\\s*"));
    }
}
