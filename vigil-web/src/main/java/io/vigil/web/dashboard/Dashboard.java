package io.vigil.web.dashboard;

import io.vigil.web.auth.Principal;
import io.vigil.web.users.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dashboard as declared in {@code io/vigil/web/dashboards/<id>.json}: panels over datasets, the
 * roles that may open it (admins may open every one), the time range it opens with, and the fields a
 * click on a panel may filter by. Free of UI code, so it can be exported to Kibana.
 */
public record Dashboard(String id, String title, String description, List<Role> roles, String timeRange,
                        Map<String, Dataset> datasets, List<String> filterable, Attribution attribution,
                        List<Panel> panels) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public Dashboard {
        Objects.requireNonNull(id, "a dashboard needs 'id'");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("dashboard id '" + id + "' must be lower-case letters, digits and -");
        }
        Objects.requireNonNull(title, "dashboard '" + id + "' needs 'title'");
        roles = roles == null ? List.of() : List.copyOf(roles);
        timeRange = timeRange == null ? "now-24h" : timeRange;
        TimeRange.relative(timeRange);
        if (datasets == null || datasets.isEmpty()) {
            throw new IllegalArgumentException("dashboard '" + id + "' needs at least one dataset in 'datasets'");
        }
        datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
        filterable = filterable == null ? List.of() : List.copyOf(filterable);
        if (panels == null || panels.isEmpty()) {
            throw new IllegalArgumentException("dashboard '" + id + "' needs at least one panel in 'panels'");
        }
        panels = List.copyOf(panels);
        Set<String> ids = new HashSet<>();
        for (Panel panel : panels) {
            if (!ids.add(panel.id())) {
                throw new IllegalArgumentException("dashboard '" + id + "' has two panels with id '" + panel.id() + "'");
            }
            if (!datasets.containsKey(panel.query().dataset())) {
                throw new IllegalArgumentException("panel '" + panel.id() + "' reads dataset '" + panel.query().dataset()
                        + "', which dashboard '" + id + "' does not declare; it declares " + datasets.keySet());
            }
        }
    }

    public Optional<Panel> panel(String panelId) {
        return panels.stream().filter(panel -> panel.id().equals(panelId)).findFirst();
    }

    public Dataset dataset(Panel panel) {
        return datasets.get(panel.query().dataset());
    }

    /** The date field the time range applies to for this panel. */
    public String timeField(Panel panel) {
        String own = panel.query().timeField();
        return own != null ? own : dataset(panel).timeField();
    }

    /** Whether the principal may open it: admins always, others when they hold one of its roles. */
    public boolean visibleTo(Principal principal) {
        return principal.hasRole(Role.ADMIN) || roles.stream().anyMatch(principal::hasRole);
    }

    public boolean filterable(String field) {
        return filterable.contains(field);
    }

    /** The geo_point fields its map panels filter by tile when a point is clicked. */
    public Set<String> tileFields() {
        return panels.stream().map(panel -> panel.query().aggregation())
                .filter(aggregation -> aggregation instanceof Aggregation.Geo geo && geo.groupBy() == null)
                .map(aggregation -> ((Aggregation.Geo) aggregation).field()).collect(Collectors.toSet());
    }

    /** Every field it names, by the index pattern it is read from, for checking against the mappings. */
    public Map<String, List<FieldUse>> fieldsByIndex() {
        Map<String, List<FieldUse>> byIndex = new LinkedHashMap<>();
        datasets.values().forEach(dataset -> {
            List<FieldUse> uses = byIndex.computeIfAbsent(dataset.index(), index -> new ArrayList<>());
            uses.add(FieldUse.date(dataset.timeField()));
            dataset.filters().forEach(filter -> uses.add(FieldUse.aggregated(filter.field())));
            DashboardFilters.FIXED_FIELDS.forEach(field -> uses.add(FieldUse.aggregated(field)));
            filterable.forEach(field -> uses.add(tileFields().contains(field)
                    ? new FieldUse(field, FieldUse.Need.GEO_POINT) : FieldUse.aggregated(field)));
        });
        for (Panel panel : panels) {
            List<FieldUse> uses = byIndex.get(dataset(panel).index());
            uses.add(FieldUse.date(timeField(panel)));
            panel.query().filters().forEach(filter -> uses.add(FieldUse.aggregated(filter.field())));
            uses.addAll(panel.query().aggregation().fields());
        }
        return byIndex;
    }
}
