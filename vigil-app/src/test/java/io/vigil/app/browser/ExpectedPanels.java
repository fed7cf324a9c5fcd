package io.vigil.app.browser;

import io.vigil.store.SearchBackend;
import io.vigil.web.users.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each panel of the three dashboards must show for a user, a time range and the request's
 * filters, asked of the engine with queries written here from what each panel is meant to count
 * (the description of the dashboards), not from their declarations.
 */
final class ExpectedPanels {

    static final String TRAIL = "vigil-cloudtrail-*";
    static final String FINDINGS = "vigil-findings";

    /**
     * A panel's expected numbers.
     *
     * @param total    the documents it counts ({@code .total[data-value]})
     * @param values   its bars, slices, series totals, map points or select options by key; null: not checked
     * @param valueSum what its values add up to; null: not checked
     * @param metric   its metric value, null when it shows none
     * @param slack    how far the shown metric may be from {@code metric} (rounding of a mean)
     */
    record Expected(long total, Map<String, Long> values, Long valueSum, Long metric, long slack) {

        static Expected total(long total) {
            return new Expected(total, null, null, null, 0);
        }

        static Expected values(long total, Map<String, Long> values) {
            return new Expected(total, values, null, null, 0);
        }
    }

    private final SearchBackend engine;
    private final User user;
    private final Instant from;
    private final Instant to;
    /** Filters the request adds (selects and clicks), as field and value; several values of a field: any. */
    private final Map<String, List<String>> filters;

    ExpectedPanels(SearchBackend engine, User user, Instant from, Instant to, Map<String, List<String>> filters) {
        this.engine = engine;
        this.user = user;
        this.from = from;
        this.to = to;
        this.filters = Map.copyOf(filters);
    }

    /** The panels of a dashboard, by panel id. */
    Map<String, Expected> of(String dashboard) {
        return switch (dashboard) {
            case "cloudtrail" -> cloudtrail();
            case "guardduty" -> guardduty();
            case "vulnerabilities" -> vulnerabilities();
            default -> throw new IllegalArgumentException("no expectations for dashboard " + dashboard);
        };
    }

    /** What the user's request may see of an index: their scope and the request's filters. */
    EngineQuery query(String index) {
        EngineQuery query = EngineQuery.on(engine, index).visibleTo(user);
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            query = query.anyOf(filter.getKey(), filter.getValue().toArray(String[]::new));
        }
        return query;
    }

    private Map<String, Expected> cloudtrail() {
        EngineQuery events = query(TRAIL).during("@timestamp", from, to);
        long all = events.count();
        Map<String, Expected> panels = new LinkedHashMap<>();
        EngineQuery located = events.exists("source.geo.location");
        panels.put("source_locations", Expected.values(located.count(), located.top("source.geo.country_iso_code", 300)));
        panels.put("events_over_time", Expected.values(all, events.top("aws.cloudtrail.event_type", 10)));
        EngineQuery consoleLogins = events.term("event.action", "ConsoleLogin");
        Map<String, Long> mfa = new LinkedHashMap<>();
        mfa.put("Console logins with MFA", consoleLogins.term("aws.cloudtrail.mfa_used", true).count());
        mfa.put("Console logins without MFA", consoleLogins.term("aws.cloudtrail.mfa_used", false).count());
        mfa.put("Root activity", events.term("aws.cloudtrail.user_identity.type", "Root").count());
        panels.put("mfa", Expected.values(all, mfa));
        panels.put("top_event_names", Expected.values(all, events.top("event.action", 5)));
        panels.put("top_users", Expected.values(all, events.top("user.name", 5)));
        panels.put("top_event_sources", Expected.values(all, events.top("event.provider", 5)));
        panels.put("errors", Expected.total(events.exists("error.code").count()));
        return panels;
    }

    private Map<String, Expected> guardduty() {
        EngineQuery findings = query(FINDINGS).term("finding.source", "guardduty");
        EngineQuery seen = findings.during("finding.last_seen", from, to);
        EngineQuery opened = findings.during("finding.first_seen", from, to);
        Map<String, Expected> panels = new LinkedHashMap<>();
        long located = seen.exists("threat.indicator.geo.location").count();
        panels.put("remote_ips", new Expected(located, null, located, null, 0));
        panels.put("by_type_over_time", Expected.values(opened.count(), opened.top("finding.type", 10)));
        panels.put("by_severity_over_time", Expected.values(opened.count(), opened.top("finding.severity", 5)));
        panels.put("targeted_resources", Expected.values(seen.count(), seen.top("resource.id", 10)));
        panels.put("open_vs_resolved", openedVersusResolved(findings));
        panels.put("newest_high", Expected.total(seen.anyOf("finding.severity", "high", "critical").count()));
        return panels;
    }

    private Map<String, Expected> vulnerabilities() {
        EngineQuery findings = query(FINDINGS).term("finding.source", "inspector");
        EngineQuery seen = findings.during("finding.last_seen", from, to);
        EngineQuery opened = findings.during("finding.first_seen", from, to);
        EngineQuery instances = seen.term("resource.type", "AWS_EC2_INSTANCE");
        EngineQuery resolved = findings.term("finding.status", "resolved").during("finding.resolved_at", from, to)
                .exists("finding.first_seen");
        Map<String, Expected> panels = new LinkedHashMap<>();
        panels.put("instance", Expected.values(instances.count(), instances.top("resource.id", 500)));
        panels.put("cve", Expected.values(seen.count(), seen.top("vulnerability.id", 500)));
        panels.put("distinct_cves", new Expected(seen.count(), null, null, seen.distinct("vulnerability.id"), 0));
        panels.put("time_to_remediate", new Expected(resolved.count(), null, null,
                resolved.meanMillis("finding.first_seen", "finding.resolved_at").map(Math::round).orElse(null), 1));
        panels.put("top_cves_over_time", Expected.values(opened.count(), opened.top("vulnerability.id", 10)));
        panels.put("cves_by_severity", Expected.values(seen.count(),
                seen.topByDistinct("finding.severity", 5, "vulnerability.id")));
        panels.put("top_instances", Expected.values(instances.count(),
                instances.topByDistinct("resource.id", 10, "vulnerability.id")));
        panels.put("open_vs_resolved", openedVersusResolved(findings));
        panels.put("cve_table", Expected.total(seen.count()));
        return panels;
    }

    /** Findings opened in the range against findings resolved in it; the total counts either. */
    private Expected openedVersusResolved(EngineQuery findings) {
        Map<String, Long> series = new LinkedHashMap<>();
        series.put("Opened", findings.during("finding.first_seen", from, to).count());
        series.put("Resolved", findings.during("finding.resolved_at", from, to).count());
        return Expected.values(findings.duringEither("finding.first_seen", "finding.resolved_at", from, to).count(),
                series);
    }
}
