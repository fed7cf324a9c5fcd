package io.vigil.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.app.browser.ExpectedPanels.Expected;
import io.vigil.app.demo.DemoUsers;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web app in headless Chromium over the demo dataset, as each role uses it: signing in, every
 * dashboard a role may open with the engine's own numbers, click filters, what a storefront-only
 * project manager can reach through the UI, the API and CSV, and the lockout after failed logins.
 * One engine, one demo load and one browser serve every test. Screenshots go to
 * {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardsInBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo's account shared by storefront and payments: its documents carry both projects. */
    private static final String SHARED_ACCOUNT = "111122223333";
    /** The demo's account of payments alone. */
    private static final String PAYMENTS_ACCOUNT = "444455556666";
    private static final List<String> ALL_DASHBOARDS = List.of("cloudtrail", "vulnerabilities", "guardduty");
    /** The dashboards each role may open (DESIGN.md's roles and the dashboards). */
    private static final Map<Role, List<String>> DASHBOARDS = Map.of(
            Role.ADMIN, ALL_DASHBOARDS,
            Role.PROGRAM_MANAGER, ALL_DASHBOARDS,
            Role.PROJECT_MANAGER, ALL_DASHBOARDS,
            Role.DEVELOPER, List.of("vulnerabilities"),
            Role.SECURITY_ENGINEER, ALL_DASHBOARDS,
            Role.SYSADMIN, List.of("cloudtrail"),
            Role.DEMO, ALL_DASHBOARDS);
    private static final String REFUSED = "Login failed: the user name or password is wrong, or the user is locked"
            + " for a while after too many failed logins. Try again later, or ask an admin.";
    private static final int TABLE_PAGE = 20;

    private DemoSite site;
    private ChromeDriver browser;
    /** The range every check shows: the demo's 30 days, as absolute instants so the engine can be asked the same. */
    private Instant from;
    private Instant to;

    @BeforeAll
    void start(@TempDir Path dir) {
        Chromium.assumeInstalled();
        long started = System.nanoTime();
        site = DemoSite.start(dir.resolve("data"));
        browser = Chromium.start();
        to = site.end();
        from = to.minus(Duration.ofDays(30));
        System.out.printf("browser tests: demo loaded and served at %s in %.1f s (%s)%n", site.url(),
                (System.nanoTime() - started) / 1e9, site.load().summary());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    Stream<Role> roles() {
        return site.logins().stream().map(login -> login.user().roles().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleLogsInThroughTheFormAndLandsOnItsPage(Role role) {
        DemoUsers.Login login = site.login(role);

        String landed = LoginForm.open(browser, site.url()).signIn(login.user().name(), login.password());

        assertThat(landed).isEqualTo(role.landing());
        assertThat(LoginForm.signedInUser(browser)).isEqualTo(login.user().name());
        if (landed.startsWith("/dashboards/")) {
            assertThat(DashboardView.loaded(browser).panels()).allSatisfy(panel ->
                    assertThat(panel.state()).as(panel.id()).isEqualTo("ready"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachDashboardARoleMayOpenShowsTheEnginesNumbersForItsProjects(Role role) {
        DemoUsers.Login login = signIn(role);
        User user = login.user();
        boolean everyProject = user.hasRole(Role.ADMIN) || user.projects().contains(User.ALL_PROJECTS);
        ExpectedPanels expected = new ExpectedPanels(site.engine(), user, from, to, Map.of());

        for (String dashboard : DASHBOARDS.get(role)) {
            DashboardView view = DashboardView.open(browser, site.url(), dashboard, range());
            assertThat(view.navigation()).as("the dashboards %s may open", role)
                    .containsExactlyInAnyOrderElementsOf(DASHBOARDS.get(role));
            assertShows(view, expected, everyProject);
        }
        for (String refused : ALL_DASHBOARDS.stream().filter(id -> !DASHBOARDS.get(role).contains(id)).toList()) {
            browser.get(site.url().resolve("/dashboards/" + refused).toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(refused).isEqualTo("Not allowed");
            assertThat(browser.findElements(By.id("dashboard"))).isEmpty();
            assertThat(apiGet("/api/dashboards/" + refused + "/panels", range()).status()).isEqualTo(403);
        }
    }

    @Test
    void clickingABarFiltersTheDashboardToIt() {
        User user = signIn(Role.DEMO).user();
        DashboardView view = DashboardView.open(browser, site.url(), "cloudtrail", range());
        Map<String, ShownPanel> before = view.panelsById();
        Map.Entry<String, Long> mostActive = before.get("top_users").values().entrySet().iterator().next();

        DashboardView filtered = view.clickBar("top_users", mostActive.getKey());

        assertThat(filtered.parameters()).contains(entry("from", from.toString()), entry("to", to.toString()),
                entry("filter", "user.name:" + mostActive.getKey()));
        assertThat(filtered.panelsById().get("events_over_time").total()).isEqualTo(mostActive.getValue())
                .isLessThan(before.get("events_over_time").total());
        assertShows(filtered, new ExpectedPanels(site.engine(), user, from, to,
                Map.of("user.name", List.of(mostActive.getKey()))), false);
    }

    @Test
    void clickingATableCellFiltersTheDashboardToIt() {
        User user = signIn(Role.SECURITY_ENGINEER).user();
        DashboardView view = DashboardView.open(browser, site.url(), "cloudtrail", range());
        long before = view.panelsById().get("events_over_time").total();

        Map.Entry<String, DashboardView> clicked = view.clickFirstCell("errors", "error.code");

        DashboardView filtered = clicked.getValue();
        assertThat(filtered.parameters()).contains(entry("filter", "error.code:" + clicked.getKey()));
        assertThat(browser.findElements(By.cssSelector("#active-filters li.chip[data-field='error.code']")))
                .hasSize(1);
        ExpectedPanels narrowed = new ExpectedPanels(site.engine(), user, from, to,
                Map.of("error.code", List.of(clicked.getKey())));
        assertThat(filtered.panelsById().get("events_over_time").total()).isPositive().isLessThan(before);
        assertShows(filtered, narrowed, false);
    }

    @Test
    void theStorefrontManagerSeesNoOtherProjectThroughTheUi() {
        User manager = signIn(Role.PROJECT_MANAGER).user();
        assertThat(manager.projects()).containsExactly("storefront");
        for (String dashboard : ALL_DASHBOARDS) {
            DashboardView view = DashboardView.open(browser, site.url(), dashboard, range());
            assertThat(view.selectOptions("project")).as(dashboard).containsExactly("storefront");
            assertThat(view.selectOptions("account")).as(dashboard).contains(SHARED_ACCOUNT)
                    .doesNotContain(PAYMENTS_ACCOUNT);

            // a URL asking for payments shows only what storefront shares with it: the shared account's documents
            DashboardView payments = DashboardView.open(browser, site.url(), dashboard, range("project", "payments"));
            assertShows(payments, scoped(manager, "vigil.project", "payments"), false);
            assertShows(payments, scoped(manager, "cloud.account.id", SHARED_ACCOUNT, "vigil.project", "payments"), false);
            assertThat(payments.panels()).as("%s shows the shared account's documents", dashboard)
                    .anySatisfy(panel -> assertThat(panel.total()).isPositive());

            DashboardView paymentsAccount = DashboardView.open(browser, site.url(), dashboard,
                    range("account", PAYMENTS_ACCOUNT));
            assertThat(paymentsAccount.panels()).as(dashboard).allSatisfy(panel ->
                    assertThat(panel.total()).as(panel.id()).isZero());
        }
        assertThat(EngineQuery.on(site.engine(), ExpectedPanels.TRAIL).term("cloud.account.id", PAYMENTS_ACCOUNT)
                .during("@timestamp", from, to).count()).as("payments' own account has events in the range").isPositive();
        assertThat(EngineQuery.on(site.engine(), ExpectedPanels.FINDINGS).term("cloud.account.id", PAYMENTS_ACCOUNT)
                .during("finding.last_seen", from, to).count()).as("and findings").isPositive();
    }

    @Test
    void theStorefrontManagerGetsNoOtherProjectThroughTheApi() throws IOException {
        User manager = signIn(Role.PROJECT_MANAGER).user();
        for (String dashboard : ALL_DASHBOARDS) {
            String api = "/api/dashboards/" + dashboard;
            Map<String, Expected> shared = scoped(manager, "vigil.project", "payments").of(dashboard);
            assertThat(totals(apiJson(api + "/panels", range("project", "payments")))).as(dashboard)
                    .isEqualTo(totals(shared));
            assertThat(totals(apiJson(api + "/panels", range("account", PAYMENTS_ACCOUNT))).values()).as(dashboard)
                    .containsOnly(0L);
            if (!dashboard.equals("cloudtrail")) {
                String paymentsResource = EngineQuery.on(site.engine(), ExpectedPanels.FINDINGS)
                        .term("cloud.account.id", PAYMENTS_ACCOUNT).top("resource.id", 1).keySet().iterator().next();
                assertThat(totals(apiJson(api + "/panels", range("filter", "resource.id:" + paymentsResource))).values())
                        .as("%s filtered to payments' resource %s", dashboard, paymentsResource).containsOnly(0L);
            }

            JsonNode facets = apiJson(api + "/facets", range());
            assertThat(keys(facets.get("project"))).as(dashboard).containsExactly("storefront");
            assertThat(keys(facets.get("account"))).as(dashboard).doesNotContain(PAYMENTS_ACCOUNT);
        }
    }

    @Test
    void theStorefrontManagersCsvExportsHoldOnlyStorefrontDocuments() {
        User manager = signIn(Role.PROJECT_MANAGER).user();
        ExpectedPanels storefront = new ExpectedPanels(site.engine(), manager, from, to, Map.of());

        DashboardView vulnerabilities = DashboardView.open(browser, site.url(), "vulnerabilities", range());
        List<List<String>> cves = csv(vulnerabilities.csvLink("cve_table"));
        EngineQuery inspector = storefront.query(ExpectedPanels.FINDINGS).term("finding.source", "inspector")
                .during("finding.last_seen", from, to);
        assertThat(cves).hasSize(1 + (int) inspector.count());
        assertThat(CsvRows.column(cves, "Resource").stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())))
                .isEqualTo(inspector.top("resource.id", 10_000));
        assertThat(inspector.term("cloud.account.id", SHARED_ACCOUNT).count())
                .as("storefront findings of the shared account, in the export").isPositive();
        assertThat(inspector.term("cloud.account.id", PAYMENTS_ACCOUNT).count()).isZero();

        DashboardView threats = DashboardView.open(browser, site.url(), "guardduty", range());
        List<List<String>> high = csv(threats.csvLink("newest_high"));
        EngineQuery highThreats = storefront.query(ExpectedPanels.FINDINGS).term("finding.source", "guardduty")
                .during("finding.last_seen", from, to).anyOf("finding.severity", "high", "critical");
        assertThat(CsvRows.column(high, "Account").stream().collect(Collectors.groupingBy(a -> a, Collectors.counting())))
                .isEqualTo(highThreats.top("cloud.account.id", 100)).doesNotContainKey(PAYMENTS_ACCOUNT);

        DashboardView trail = DashboardView.open(browser, site.url(), "cloudtrail", range("project", "payments"));
        List<List<String>> errors = csv(trail.csvLink("errors"));
        assertThat(errors).hasSize(1 + (int) scoped(manager, "vigil.project", "payments").query(ExpectedPanels.TRAIL)
                .during("@timestamp", from, to).exists("error.code").count());
        DashboardView paymentsAccount = DashboardView.open(browser, site.url(), "cloudtrail",
                range("account", PAYMENTS_ACCOUNT));
        assertThat(csv(paymentsAccount.csvLink("errors"))).as("only the header").hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveFailuresLockTheUserOut() {
        String password = site.generatePassword();
        site.addUser("lockout-probe", password, Role.DEVELOPER, List.of("payments"));
        assertThat(LoginForm.open(browser, site.url()).signIn("lockout-probe", password)).as("the password is right")
                .isEqualTo(Role.DEVELOPER.landing());

        assertThat(LoginForm.open(browser, site.url()).submit("lockout-probe", password + "x")).contains(REFUSED);
        assertThat(LoginForm.open(browser, site.url()).submit("no-such-user", password)).contains(REFUSED);
        for (int failure = 2; failure <= 5; failure++) {
            assertThat(LoginForm.open(browser, site.url()).submit("lockout-probe", "wrong-" + failure))
                    .as("failure %d", failure).contains(REFUSED);
        }

        assertThat(LoginForm.open(browser, site.url()).submit("lockout-probe", password))
                .as("the right password after five failures").contains(REFUSED);
        browser.get(site.url().resolve("/dashboards/vulnerabilities").toString());
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/login");
        DemoUsers.Login other = site.login(Role.DEVELOPER);
        assertThat(LoginForm.open(browser, site.url()).signIn(other.user().name(), other.password()))
                .as("another user from the same address").isEqualTo(Role.DEVELOPER.landing());
    }

    @Test
    void screenshotsOfTheLoginPageAndEveryDashboard() {
        LoginForm.open(browser, site.url());
        Screenshots.page(browser, Screenshots.file("login"));
        signIn(Role.DEMO);
        for (String dashboard : ALL_DASHBOARDS) {
            DashboardView.open(browser, site.url(), dashboard, range()).screenshot(Screenshots.file(dashboard));
        }
        assertThat(Screenshots.DIRECTORY.resolve("login.png")).isNotEmptyFile();
        ALL_DASHBOARDS.forEach(dashboard -> assertThat(Screenshots.file(dashboard)).isNotEmptyFile());
    }

    /**
     * Compares every panel with the engine: its total, and its bars, series, points, options or
     * metric where the expectation names them; a panel with documents must show them.
     *
     * @param everyPanelHasData whether every panel must have documents (users who see every project)
     */
    private static void assertShows(DashboardView view, ExpectedPanels expectations, boolean everyPanelHasData) {
        Map<String, Expected> expected = expectations.of(view.id());
        Map<String, ShownPanel> shown = view.panelsById();
        assertThat(shown.keySet()).as("the panels of " + view.id()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((id, want) -> {
            ShownPanel panel = shown.get(id);
            String where = view.id() + "/" + id;
            soft.assertThat(panel.state()).as(where + " state").isEqualTo("ready");
            soft.assertThat(panel.total()).as(where + " total").isEqualTo(want.total());
            if (want.values() != null) {
                soft.assertThat(panel.values()).as(where + " values").containsExactlyInAnyOrderEntriesOf(want.values());
            }
            if (want.valueSum() != null) {
                soft.assertThat(panel.values().values().stream().mapToLong(Long::longValue).sum())
                        .as(where + " sum of values").isEqualTo(want.valueSum());
            }
            if (want.metric() != null) {
                soft.assertThat(panel.metric()).as(where + " metric").isNotNull();
                if (panel.metric() != null) {
                    soft.assertThat(Math.abs(panel.metric() - want.metric())).as(where + " metric " + panel.metric()
                            + " against " + want.metric()).isLessThanOrEqualTo(want.slack());
                }
            }
            if (panel.visualization().equals("table")) {
                soft.assertThat(panel.rows()).as(where + " rows").isEqualTo((int) Math.min(TABLE_PAGE, want.total()));
            }
            boolean hasData = want.values() == null ? want.total() > 0
                    : want.values().values().stream().anyMatch(value -> value > 0);
            if (hasData) {
                soft.assertThat(panel.showsData()).as(where + " shows its data: " + panel).isTrue();
            }
            if (everyPanelHasData) {
                soft.assertThat(hasData).as(where + " has data in the demo").isTrue();
            }
        });
        soft.assertAll();
    }

    private DemoUsers.Login signIn(Role role) {
        DemoUsers.Login login = site.login(role);
        LoginForm.open(browser, site.url()).signIn(login.user().name(), login.password());
        return login;
    }

    /** The demo's 30 days, then the given parameters (name, value, ...). */
    private Map<String, String> range(String... more) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], more[i + 1]);
        }
        return parameters;
    }

    /** What the user may see, narrowed by term filters (field, value, ...). */
    private ExpectedPanels scoped(User user, String... terms) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i += 2) {
            filters.put(terms[i], List.of(terms[i + 1]));
        }
        return new ExpectedPanels(site.engine(), user, from, to, filters);
    }

    private PageFetch apiGet(String path, Map<String, String> parameters) {
        return PageFetch.get(browser, site.url().resolve(path + "?" + DashboardView.query(parameters)), "application/json");
    }

    private JsonNode apiJson(String path, Map<String, String> parameters) throws IOException {
        PageFetch answer = apiGet(path, parameters);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private List<List<String>> csv(URI link) {
        PageFetch answer = PageFetch.get(browser, link, "text/csv");
        assertThat(answer.status()).as(link + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        return CsvRows.parse(answer.body());
    }

    private static Map<String, Long> totals(JsonNode panels) {
        Map<String, Long> totals = new LinkedHashMap<>();
        panels.fields().forEachRemaining(panel -> totals.put(panel.getKey(), panel.getValue().path("total").asLong(-1)));
        return totals;
    }

    private static Map<String, Long> totals(Map<String, Expected> expected) {
        Map<String, Long> totals = new LinkedHashMap<>();
        expected.forEach((id, want) -> totals.put(id, want.total()));
        return totals;
    }

    private static List<String> keys(JsonNode facet) {
        List<String> keys = new ArrayList<>();
        facet.forEach(value -> keys.add(value.path("key").asText()));
        return keys;
    }
}
