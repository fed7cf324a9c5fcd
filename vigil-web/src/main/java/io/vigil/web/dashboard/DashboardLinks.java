package io.vigil.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/** The query strings a dashboard page links with, built from the request's filters. */
final class DashboardLinks {

    private DashboardLinks() {
    }

    /** The time range and the selects, without click filters (for the other dashboards, whose fields differ). */
    static String common(DashboardFilters filters) {
        StringJoiner query = new StringJoiner("&");
        add(query, "from", filters.from());
        add(query, "to", filters.to());
        add(query, "project", filters.project());
        add(query, "account", filters.account());
        add(query, "region", filters.region());
        return query.toString();
    }

    /** The common parameters and these click filters, first page. */
    static String with(DashboardFilters filters, List<DashboardFilters.ClickFilter> clicks) {
        StringJoiner query = new StringJoiner("&");
        query.add(common(filters));
        clicks.forEach(click -> add(query, "filter", click.parameter()));
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
