package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.web.Access;
import io.vigil.web.ApiException;
import io.vigil.web.auth.Principal;
import io.vigil.web.auth.RequestAuth;
import io.vigil.web.auth.UserBar;
import io.vigil.web.page.Html;
import io.vigil.web.page.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards over HTTP, for signed-in users whose roles may open them (403 otherwise):
 * <ul>
 *   <li>{@code GET /dashboards/{id}}: the page;</li>
 *   <li>{@code GET /api/dashboards}: the dashboards the caller may open;</li>
 *   <li>{@code GET /api/dashboards/{id}/panels}: every panel's answer, searched concurrently;</li>
 *   <li>{@code GET /api/dashboards/{id}/panels/{panel}}: one panel's answer ({@code page} for tables);</li>
 *   <li>{@code GET /api/dashboards/{id}/panels/{panel}.csv}: every row of a table panel as CSV;</li>
 *   <li>{@code GET /api/dashboards/{id}/facets}: the values the project, account and region selects offer;</li>
 * </ul>
 * Each takes {@code from}, {@code to}, {@code project}, {@code account}, {@code region} and
 * {@code filter=field:value} (repeatable, on filterable fields only: 400 otherwise), and every search
 * carries the caller's project scope.
 */
public final class DashboardEndpoint {

    public static final String PAGE_PATH = "/dashboards/{id}";
    public static final String LIST_PATH = "/api/dashboards";
    public static final String PANELS_PATH = "/api/dashboards/{id}/panels";
    public static final String PANEL_PATH = "/api/dashboards/{id}/panels/{panel}";
    public static final String FACETS_PATH = "/api/dashboards/{id}/facets";

    private static final Logger LOG = LoggerFactory.getLogger(DashboardEndpoint.class);
    private static final String CSV_SUFFIX = ".csv";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DashboardCatalog catalog;
    private final DashboardQueries queries;
    private final Clock clock;
    private final DashboardPage page = new DashboardPage();

    public DashboardEndpoint(DashboardCatalog catalog, DashboardQueries queries, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.clock = clock;
    }

    /** Adds the routes; the access check of the server establishes the principal before each. */
    public void register(RoutesConfig routes) {
        routes.get(PAGE_PATH, this::page);
        routes.get(LIST_PATH, this::list);
        routes.get(PANELS_PATH, this::panels);
        routes.get(PANEL_PATH, this::panel);
        routes.get(FACETS_PATH, this::facets);
    }

    private void page(Context ctx) {
        Principal principal = RequestAuth.principal(ctx);
        try {
            Dashboard dashboard = dashboard(ctx, principal);
            String refresh = ctx.queryParam("refresh");
            page.send(ctx, dashboard, visible(principal), filters(ctx, dashboard),
                    DashboardPage.REFRESH.containsKey(refresh) ? refresh : "off");
        } catch (ApiException e) {
            Page.send(ctx, e.status(), e.status() == 404 ? "Not found" : e.status() == 403 ? "Not allowed" : "Bad request",
                    UserBar.of(ctx), Html.format("<p class=\"error\" role=\"alert\">%s</p>%s", e.getMessage(),
                            links(visible(principal))));
        }
    }

    private void list(Context ctx) {
        ArrayNode list = NODES.arrayNode();
        visible(RequestAuth.principal(ctx)).forEach(dashboard -> list.addObject().put("id", dashboard.id())
                .put("title", dashboard.title()).put("description", dashboard.description())
                .put("url", "/dashboards/" + dashboard.id()));
        ctx.json(list);
    }

    private void panels(Context ctx) {
        Principal principal = RequestAuth.principal(ctx);
        Dashboard dashboard = dashboard(ctx, principal);
        ctx.json(queries.panels(dashboard, filters(ctx, dashboard), principal.scope()));
    }

    private void panel(Context ctx) {
        Principal principal = RequestAuth.principal(ctx);
        Dashboard dashboard = dashboard(ctx, principal);
        String name = ctx.pathParam("panel");
        boolean csv = name.endsWith(CSV_SUFFIX);
        String panelId = csv ? name.substring(0, name.length() - CSV_SUFFIX.length()) : name;
        Panel panel = dashboard.panel(panelId).orElseThrow(() -> new ApiException(404, "dashboard '" + dashboard.id()
                + "' has no panel '" + panelId + "'; GET " + PANELS_PATH.replace("{id}", dashboard.id())
                + " answers them all"));
        DashboardFilters filters = filters(ctx, dashboard);
        try {
            if (!csv) {
                ctx.json(queries.panel(dashboard, panel, filters, principal.scope()));
            } else if (panel.isTable()) {
                csv(ctx, dashboard, panel, filters, principal);
            } else {
                throw new ApiException(404, "panel '" + panelId + "' of dashboard '" + dashboard.id()
                        + "' is not a table; only tables export CSV");
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        } catch (PanelUnavailableException e) {
            throw new ApiException(503, e.getMessage(), Map.of("Retry-After", "30"));
        }
    }

    private void csv(Context ctx, Dashboard dashboard, Panel panel, DashboardFilters filters, Principal principal) {
        List<List<String>> rows = queries.allRows(dashboard, panel, filters, principal.scope());
        LOG.info("{} '{}' exported {} rows of {}/{}", principal.kind(), principal.name(), rows.size() - 1,
                dashboard.id(), panel.id());
        ctx.header("Content-Disposition", "attachment; filename=\"" + dashboard.id() + "-" + panel.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8")
                .result(CsvTable.write(rows.get(0), rows.subList(1, rows.size())).getBytes(StandardCharsets.UTF_8));
    }

    private void facets(Context ctx) {
        Principal principal = RequestAuth.principal(ctx);
        Dashboard dashboard = dashboard(ctx, principal);
        try {
            ctx.json(queries.facets(dashboard, filters(ctx, dashboard).time(), principal.scope()));
        } catch (PanelUnavailableException e) {
            throw new ApiException(503, e.getMessage(), Map.of("Retry-After", "30"));
        }
    }

    private Dashboard dashboard(Context ctx, Principal principal) {
        String id = ctx.pathParam("id");
        Dashboard dashboard = catalog.find(id).orElseThrow(() -> new ApiException(404, "there is no dashboard '" + id
                + "'; GET " + LIST_PATH + " lists the dashboards you may open"));
        if (!dashboard.visibleTo(principal)) {
            LOG.info("refused dashboard '{}' to {} '{}' with roles {}", id, principal.kind(), principal.name(),
                    principal.roles());
            throw new ApiException(403, "your roles do not include dashboard '" + id + "'; GET " + LIST_PATH
                    + " lists the dashboards you may open, or ask an admin for a role that includes it");
        }
        return dashboard;
    }

    private DashboardFilters filters(Context ctx, Dashboard dashboard) {
        try {
            return DashboardFilters.parse(dashboard, ctx.queryParamMap(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private List<Dashboard> visible(Principal principal) {
        return catalog.all().stream().filter(dashboard -> dashboard.visibleTo(principal)).toList();
    }

    private static Html links(List<Dashboard> dashboards) {
        return Html.format("<ul>%s</ul>", Html.join(dashboards.stream().map(dashboard ->
                Html.format("<li><a href=\"/dashboards/%s\">%s</a></li>", dashboard.id(), dashboard.title())).toList()));
    }
}
