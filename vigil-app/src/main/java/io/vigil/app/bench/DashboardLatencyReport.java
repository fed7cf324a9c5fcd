package io.vigil.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code vigil bench dashboards} prints: the setup (machine, engine, data, caches, ingest,
 * runs, targets), then per dashboard a table of p50 and p95 per panel, for the whole dashboard and
 * for the filter choices, each line held to its target (PASS or MISS), and a summary.
 *
 * @param setup      labelled lines describing the run, in order
 * @param dashboards the measured dashboards, in the order of the catalog
 */
public record DashboardLatencyReport(Map<String, String> setup, LatencyTargets targets, List<DashboardFigures> dashboards)
        implements BenchmarkResult {

    /** One measured line: p50 and p95 in milliseconds. */
    public record Row(String name, double p50, double p95) {
    }

    /**
     * @param byVariant the whole dashboard's figures per filter variant, to see which filters cost most
     * @param errors    panel answers that failed during the runs (their time is in the figures all the same)
     */
    public record DashboardFigures(String id, String note, List<Row> panels, Row whole, Row selects,
                                   List<Row> byVariant, long errors) {
    }

    public DashboardLatencyReport {
        setup = Collections.unmodifiableMap(new LinkedHashMap<>(setup));
        dashboards = List.copyOf(dashboards);
    }

    /** Targets are reported, not asserted: a run that measured has passed. */
    @Override
    public boolean passed() {
        return true;
    }

    /** The lines that missed their target, as {@code dashboard/line}. */
    public List<String> misses() {
        List<String> misses = new ArrayList<>();
        for (DashboardFigures dashboard : dashboards) {
            dashboard.panels().stream().filter(row -> row.p95() > targets.panelP95Millis())
                    .forEach(row -> misses.add(dashboard.id() + "/" + row.name()));
            if (dashboard.whole().p95() > targets.dashboardP95Millis()) {
                misses.add(dashboard.id() + "/" + dashboard.whole().name());
            }
            if (dashboard.selects().p95() > targets.panelP95Millis()) {
                misses.add(dashboard.id() + "/" + dashboard.selects().name());
            }
        }
        return misses;
    }

    @Override
    public String report() {
        StringBuilder out = new StringBuilder();
        setup.forEach((label, text) -> out.append(String.format(Locale.ROOT, "%-14s %s%n", label, text)));
        out.append(String.format(Locale.ROOT, "%-14s %s: panel p95 <= %.0f ms, dashboard p95 <= %.0f ms%n", "targets",
                targets.scale(), targets.panelP95Millis(), targets.dashboardP95Millis()));
        int lines = 0;
        for (DashboardFigures dashboard : dashboards) {
            out.append(String.format(Locale.ROOT, "%n%s: %s%n", dashboard.id(), dashboard.note()));
            out.append(String.format(Locale.ROOT, "  %-32s %9s %9s   %s%n", "panel", "p50 ms", "p95 ms", "target p95"));
            for (Row row : dashboard.panels()) {
                out.append(line(row, targets.panelP95Millis()));
            }
            out.append(line(dashboard.whole(), targets.dashboardP95Millis()));
            out.append(line(dashboard.selects(), targets.panelP95Millis()));
            if (!dashboard.byVariant().isEmpty()) {
                out.append("  whole dashboard by filter variant:\n");
                dashboard.byVariant().forEach(row -> out.append(String.format(Locale.ROOT, "    %-30s %9.1f %9.1f%n",
                        row.name(), row.p50(), row.p95())));
            }
            if (dashboard.errors() > 0) {
                out.append(String.format(Locale.ROOT, "  %,d panel answers were errors (the server log has them)%n",
                        dashboard.errors()));
            }
            lines += dashboard.panels().size() + 2;
        }
        List<String> misses = misses();
        out.append(String.format(Locale.ROOT, "%n%-14s %d of %d lines PASS", "result", lines - misses.size(), lines));
        if (!misses.isEmpty()) {
            out.append(", MISS: ").append(String.join(", ", misses));
        }
        return out.toString();
    }

    private static String line(Row row, double target) {
        return String.format(Locale.ROOT, "  %-32s %9.1f %9.1f   <= %,6.0f ms  %s%n", row.name(), row.p50(), row.p95(),
                target, row.p95() <= target ? "PASS" : "MISS");
    }
}
