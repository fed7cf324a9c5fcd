package io.vigil.web.dashboard;

import io.javalin.http.Context;
import io.vigil.web.auth.UserBar;
import io.vigil.web.page.Html;
import io.vigil.web.page.Page;
import io.vigil.web.page.StaticAssets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML of a dashboard: links to the other dashboards the user may open, the filter bar (time
 * range, project, account and region, refresh interval), the active click filters as removable
 * chips, and one empty container per panel that {@code dashboard.js} fills from the JSON API. Every
 * element a test reads has an id or data attribute; no script or style is inline (the CSP forbids it).
 */
final class DashboardPage {

    static final Map<String, String> TIME_RANGES = orderedOptions(
            "now-1h", "Last hour", "now-24h", "Last 24 hours", "now-7d", "Last 7 days",
            "now-30d", "Last 30 days", "now-90d", "Last 90 days");
    static final Map<String, String> REFRESH = orderedOptions(
            "off", "Off", "30s", "30 seconds", "1m", "1 minute", "5m", "5 minutes");
    private static final Map<String, String> SELECT_LABELS = orderedOptions(
            "project", "Project", "account", "Account", "region", "Region");

    private final StaticAssets assets = Page.ASSETS;

    void send(Context ctx, Dashboard dashboard, List<Dashboard> visible, DashboardFilters filters, String refresh) {
        Html content = Html.format("""
                <nav class="dashboards" aria-label="Dashboards">%s</nav>
                %s
                %s
                %s
                <div class="panels" id="dashboard" data-dashboard="%s" data-api="/api/dashboards/%s" data-world="%s">
                %s
                </div>
                %s
                %s
                <script src="%s"></script>
                """,
                navigation(dashboard, visible, filters),
                dashboard.description() == null ? Html.EMPTY
                        : Html.format("<p class=\"description\">%s</p>", dashboard.description()),
                filterBar(dashboard, filters, refresh), chips(dashboard, filters), dashboard.id(), dashboard.id(),
                assets.url("vendor/world.json"), Html.join(dashboard.panels().stream().map(DashboardPage::panel).toList()),
                attribution(dashboard.attribution()), vendorScript(), assets.url("dashboard.js"));
        Page.send(ctx, 200, dashboard.title(), UserBar.of(ctx), content);
    }

    private Html vendorScript() {
        return assets.has("vendor/echarts.min.js")
                ? Html.format("<script src=\"%s\"></script>", assets.url("vendor/echarts.min.js")) : Html.EMPTY;
    }

    private static Html navigation(Dashboard current, List<Dashboard> visible, DashboardFilters filters) {
        String query = DashboardLinks.common(filters);
        return Html.join(visible.stream().map(other -> Html.format("<a href=\"/dashboards/%s?%s\"%s>%s</a>",
                other.id(), query, other.id().equals(current.id()) ? Html.format(" aria-current=\"page\"") : Html.EMPTY,
                other.title())).toList());
    }

    private static Html filterBar(Dashboard dashboard, DashboardFilters filters, String refresh) {
        Map<String, String> ranges = new LinkedHashMap<>(TIME_RANGES);
        if (!ranges.containsKey(filters.from())) {
            ranges.put(filters.from(), "From " + filters.from() + (filters.to().equals("now") ? "" : " to " + filters.to()));
        }
        List<Html> selects = new ArrayList<>();
        Map<String, String> selected = Map.of("project", orEmpty(filters.project()), "account",
                orEmpty(filters.account()), "region", orEmpty(filters.region()));
        SELECT_LABELS.forEach((name, label) -> {
            String value = selected.get(name);
            selects.add(Html.format("""
                    <label>%s <select name="%s" id="filter-%s" data-facet="%s">\
                    <option value="">All</option>%s</select></label>""",
                    label, name, name, name, value.isEmpty() ? Html.EMPTY
                            : Html.format("<option value=\"%s\" selected>%s</option>", value, value)));
        });
        List<Html> hidden = filters.clicks().stream().map(click ->
                Html.format("<input type=\"hidden\" name=\"filter\" value=\"%s\">", click.parameter())).toList();
        return Html.format("""
                <form class="filter-bar" id="filter-bar" method="get" action="/dashboards/%s">
                <label>Time range <select name="from" id="filter-from">%s</select></label>
                <input type="hidden" name="to" id="filter-to" value="%s">
                %s
                <label>Refresh <select name="refresh" id="filter-refresh">%s</select></label>
                %s
                <button type="submit">Apply</button>
                </form>""",
                dashboard.id(), options(ranges, filters.from()), filters.to(), Html.join(selects),
                options(REFRESH, refresh), Html.join(hidden));
    }

    private static Html chips(Dashboard dashboard, DashboardFilters filters) {
        if (filters.clicks().isEmpty()) {
            return Html.format("<ul class=\"chips\" id=\"active-filters\"></ul>");
        }
        List<Html> chips = new ArrayList<>();
        for (DashboardFilters.ClickFilter click : filters.clicks()) {
            List<DashboardFilters.ClickFilter> others = new ArrayList<>(filters.clicks());
            others.remove(click);
            chips.add(Html.format("""
                    <li class="chip" data-field="%s" data-value="%s"><span>%s: %s</span> \
                    <a href="/dashboards/%s?%s" title="Remove this filter" aria-label="Remove filter %s: %s">×</a></li>""",
                    click.field(), click.value(), click.field(), click.value(), dashboard.id(),
                    DashboardLinks.with(filters, others), click.field(), click.value()));
        }
        return Html.format("<ul class=\"chips\" id=\"active-filters\">%s</ul>", Html.join(chips));
    }

    private static Html panel(Panel panel) {
        return Html.format("""
                <section class="panel w-%s" id="panel-%s" data-panel="%s" data-kind="%s" data-visualization="%s">
                <header><h2>%s</h2><p class="panel-total">Total <span class="total" data-value=""></span></p></header>
                %s<div class="panel-body"><p class="loading">Loading…</p></div>
                </section>""",
                panel.width(), panel.id(), panel.id(), panel.query().aggregation().kind(), panel.visualization().id(),
                panel.title(), panel.description() == null ? Html.EMPTY
                        : Html.format("<p class=\"panel-description\">%s</p>", panel.description()));
    }

    private static Html attribution(Attribution attribution) {
        if (attribution == null) {
            return Html.EMPTY;
        }
        return Html.format("<footer class=\"attribution\"><a href=\"%s\" rel=\"noopener\">%s</a>%s</footer>",
                attribution.url(), attribution.text(),
                attribution.license() == null ? Html.EMPTY : Html.format(" (%s)", attribution.license()));
    }

    private static Html options(Map<String, String> options, String selected) {
        return Html.join(options.entrySet().stream().map(option -> Html.format("<option value=\"%s\"%s>%s</option>",
                option.getKey(), option.getKey().equals(selected) ? Html.format(" selected") : Html.EMPTY,
                option.getValue())).toList());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> orderedOptions(String... pairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            options.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(options);
    }
}
