package io.vigil.app.bench;

import io.vigil.web.auth.Principal;
import io.vigil.web.dashboard.Dashboard;
import io.vigil.web.dashboard.DashboardFilters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way a user opens a dashboard: who they are (an admin, or a project manager of storefront and
 * payments) and the query parameters of the page (time range, project or account select, a click
 * filter), read by {@link DashboardFilters#parse} as a request's are.
 */
record FilterVariant(String label, Principal principal, Map<String, List<String>> params) {

    /** Two clicks a user makes on each dashboard: a bar, slice or row of its own data. */
    private static final Map<String, List<String>> CLICKS = Map.of(
            "cloudtrail", List.of("error.code:AccessDenied", "user.name:" + BenchTrail.name(0)),
            "vulnerabilities", List.of("finding.severity:critical", "vulnerability.id:" + BenchFindings.cve(0)),
            "guardduty", List.of("finding.type:UnauthorizedAccess:EC2/SSHBruteForce", "finding.severity:high"));

    /** The click filters of the variants on this dashboard, as {@code field:value}. */
    static List<String> clicks(Dashboard dashboard) {
        return CLICKS.getOrDefault(dashboard.id(), List.of());
    }

    /** The variants the iterations cycle through. */
    static List<FilterVariant> of(Dashboard dashboard) {
        List<String> clicks = clicks(dashboard);
        Principal admin = BenchEstate.admin();
        Principal manager = BenchEstate.projectManager();
        List<FilterVariant> variants = new ArrayList<>(List.of(
                new FilterVariant("admin 24 h", admin, params("now-24h")),
                new FilterVariant("admin 7 d", admin, params("now-7d")),
                new FilterVariant("admin 30 d", admin, params("now-30d")),
                new FilterVariant("manager 7 d, project picked", manager,
                        params("now-7d", "project", BenchEstate.MANAGED_PROJECT)),
                new FilterVariant("manager 30 d", manager, params("now-30d")),
                new FilterVariant("admin 30 d, account picked", admin,
                        params("now-30d", "account", BenchEstate.FILTERED_ACCOUNT))));
        if (clicks.size() == 2) {
            variants.add(new FilterVariant("admin 7 d, 1st click", admin, params("now-7d", "filter", clicks.get(0))));
            variants.add(new FilterVariant("manager 24 h, 2nd click", manager, params("now-24h", "filter", clicks.get(1))));
        }
        return List.copyOf(variants);
    }

    DashboardFilters filters(Dashboard dashboard, Instant now) {
        return DashboardFilters.parse(dashboard, params, now);
    }

    private static Map<String, List<String>> params(String from, String... more) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("from", List.of(from));
        for (int i = 0; i < more.length; i += 2) {
            params.put(more[i], List.of(more[i + 1]));
        }
        return params;
    }
}
