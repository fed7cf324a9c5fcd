package io.vigil.web.dashboard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a panel's answer is drawn; the UI decides the details. */
public enum Visualization {
    METRIC, BAR, PIE, LINE, AREA, MAP, TABLE, SELECT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Visualization fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a visualization; the visualizations"
                        + " are " + Arrays.stream(values()).map(Visualization::id).collect(Collectors.joining(", "))));
    }
}
