package io.vigil.app.browser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A panel as the page shows it once loaded, read from the DOM's data attributes.
 *
 * @param state     {@code ready}, {@code error} or {@code loading}
 * @param total     {@code .total[data-value]}
 * @param values    the bars, slices, series totals or map points ({@code table.values}), or the options of a
 *                  select control, by key
 * @param metric    the metric's {@code data-value}; null when the panel is no metric or has no value
 * @param rows      the rows of a table panel
 * @param charts    the ECharts canvases drawn
 * @param saysEmpty whether it says there is no data
 * @param error     the error it shows, if any
 */
record ShownPanel(String id, String visualization, String state, Long total, Map<String, Long> values, Long metric,
                  int rows, int charts, boolean saysEmpty, String error) {

    /** Whether it shows something to read: a drawn chart, rows, a value or options to choose from. */
    boolean showsData() {
        return switch (visualization) {
            case "metric" -> metric != null;
            case "table" -> rows > 0;
            case "select" -> !values.isEmpty();
            default -> charts > 0 && !saysEmpty && values.values().stream().mapToLong(Long::longValue).sum() > 0;
        };
    }

    static ShownPanel from(Map<?, ?> read) {
        Map<String, Long> values = new LinkedHashMap<>();
        ((Map<?, ?>) read.get("values")).forEach((key, value) -> values.put((String) key, Long.parseLong((String) value)));
        return new ShownPanel((String) read.get("id"), (String) read.get("visualization"), (String) read.get("state"),
                number(read.get("total")), values, number(read.get("metric")), ((Number) read.get("rows")).intValue(),
                ((Number) read.get("charts")).intValue(), (Boolean) read.get("empty"), (String) read.get("error"));
    }

    private static Long number(Object text) {
        return text == null || ((String) text).isEmpty() ? null : Long.valueOf((String) text);
    }
}
