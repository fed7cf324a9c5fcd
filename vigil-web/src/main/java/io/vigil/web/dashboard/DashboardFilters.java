package io.vigil.web.dashboard;

import io.vigil.core.document.Ecs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a request narrows a dashboard to: the time range, the project, account and region selects,
 * and click filters ({@code filter=field:value}, only on the fields the dashboard declares
 * filterable; several values of one field mean any of them). The caller's project scope is not
 * here: it comes from the principal, never from the request.
 *
 * @param from the range's start as requested ({@code now-24h} or an instant), kept for links
 * @param to   the range's end as requested
 * @param page the page of a table, from 0
 */
public record DashboardFilters(TimeRange time, String from, String to, String project, String account, String region,
                               List<ClickFilter> clicks, int page) {

    public static final String PROJECT_FIELD = Ecs.VIGIL_PROJECT;
    public static final String ACCOUNT_FIELD = Ecs.CLOUD_ACCOUNT_ID;
    public static final String REGION_FIELD = Ecs.CLOUD_REGION;
    /** The selects every dashboard has: the query parameter and the field it filters. */
    public static final Map<String, String> SELECTS = orderedSelects();
    /** The fields of the selects. */
    public static final List<String> FIXED_FIELDS = List.copyOf(SELECTS.values());
    static final int MAX_CLICKS = 20;
    static final int MAX_VALUE_LENGTH = 2048;
    static final int MAX_PAGE = 1000;

    /** A filter added by clicking a bar, slice, point, row or select option. */
    public record ClickFilter(String field, String value) {

        public ClickFilter {
            Objects.requireNonNull(field);
            Objects.requireNonNull(value);
        }

        /** As in the query string: {@code field:value}. */
        public String parameter() {
            return field + ":" + value;
        }
    }

    public DashboardFilters {
        clicks = List.copyOf(clicks);
    }

    /**
     * Reads the query parameters {@code from}, {@code to}, {@code project}, {@code account},
     * {@code region}, {@code filter} (repeated) and {@code page}; absent ones take the dashboard's
     * defaults (its time range up to now, no selection, page 0).
     *
     * @throws IllegalArgumentException saying which parameter is wrong and what it should be
     */
    public static DashboardFilters parse(Dashboard dashboard, Map<String, List<String>> params, Instant now) {
        String from = single(params, "from", dashboard.timeRange());
        String to = single(params, "to", "now");
        TimeRange time = TimeRange.parse(from, to, now);
        List<String> raw = params.getOrDefault("filter", List.of());
        if (raw.size() > MAX_CLICKS) {
            throw new IllegalArgumentException("at most " + MAX_CLICKS + " filters can be applied at once, not "
                    + raw.size());
        }
        LinkedHashSet<ClickFilter> clicks = new LinkedHashSet<>();
        for (String parameter : raw) {
            clicks.add(click(dashboard, parameter));
        }
        return new DashboardFilters(time, from, to, single(params, "project", null), single(params, "account", null),
                single(params, "region", null), new ArrayList<>(clicks), page(single(params, "page", "0")));
    }

    /** Every term condition of the request, by field: the selects and the click filters. */
    public Map<String, List<String>> terms() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        addTerm(terms, PROJECT_FIELD, project);
        addTerm(terms, ACCOUNT_FIELD, account);
        addTerm(terms, REGION_FIELD, region);
        clicks.forEach(click -> addTerm(terms, click.field(), click.value()));
        return terms;
    }

    /** The same filters on another table page. */
    public DashboardFilters onPage(int other) {
        return new DashboardFilters(time, from, to, project, account, region, clicks, other);
    }

    private static Map<String, String> orderedSelects() {
        Map<String, String> selects = new LinkedHashMap<>();
        selects.put("project", PROJECT_FIELD);
        selects.put("account", ACCOUNT_FIELD);
        selects.put("region", REGION_FIELD);
        return Collections.unmodifiableMap(selects);
    }

    private static void addTerm(Map<String, List<String>> terms, String field, String value) {
        if (value != null) {
            terms.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
    }

    private static ClickFilter click(Dashboard dashboard, String parameter) {
        int colon = parameter.indexOf(':');
        if (colon <= 0 || colon == parameter.length() - 1) {
            throw new IllegalArgumentException("filter '" + parameter + "' must be field:value, e.g. user.name:alice");
        }
        String field = parameter.substring(0, colon);
        String value = parameter.substring(colon + 1);
        if (!dashboard.filterable(field)) {
            throw new IllegalArgumentException("dashboard '" + dashboard.id() + "' cannot be filtered on '" + field
                    + "'; it can on " + String.join(", ", dashboard.filterable()));
        }
        checkLength(field, value);
        if (dashboard.tileFields().contains(field)) {
            MapTile.parse(value);
        }
        return new ClickFilter(field, value);
    }

    private static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' is given " + values.size() + " times; give it once");
        }
        if (values.isEmpty() || values.get(0).isEmpty()) {
            return fallback;
        }
        checkLength(name, values.get(0));
        return values.get(0);
    }

    private static void checkLength(String name, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("the value of '" + name + "' is longer than " + MAX_VALUE_LENGTH
                    + " characters");
        }
    }

    private static int page(String text) {
        try {
            int page = Integer.parseInt(text);
            if (page >= 0 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("'page' is '" + text + "': expected a number from 0 to " + MAX_PAGE);
    }
}
