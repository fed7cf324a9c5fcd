package io.vigil.web.dashboard;

import java.util.Objects;
import java.util.regex.Pattern;

/** One tile of a dashboard: a query and how to draw its answer, {@code width} columns of 12 wide. */
public record Panel(String id, String title, String description, PanelQuery query, Visualization visualization,
                    int width) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Panel {
        Objects.requireNonNull(id, "a panel needs 'id'");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("panel id '" + id + "' must be lower-case letters, digits and _");
        }
        Objects.requireNonNull(title, "panel '" + id + "' needs 'title'");
        Objects.requireNonNull(query, "panel '" + id + "' needs 'query'");
        Objects.requireNonNull(visualization, "panel '" + id + "' needs 'visualization'");
        if (width < 1 || width > 12) {
            throw new IllegalArgumentException("panel '" + id + "' needs a 'width' from 1 to 12 columns, not " + width);
        }
        if (!query.aggregation().drawnAs().contains(visualization)) {
            throw new IllegalArgumentException("panel '" + id + "' cannot draw " + query.aggregation().kind() + " as "
                    + visualization.id() + "; it can as " + query.aggregation().drawnAs().stream()
                    .map(Visualization::id).sorted().toList());
        }
    }

    public boolean isTable() {
        return query.aggregation() instanceof Aggregation.Table;
    }
}
