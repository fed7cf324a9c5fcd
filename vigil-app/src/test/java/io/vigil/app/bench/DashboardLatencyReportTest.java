package io.vigil.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.bench.DashboardLatencyReport.DashboardFigures;
import io.vigil.app.bench.DashboardLatencyReport.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardLatencyReportTest {

    private static DashboardLatencyReport report(LatencyTargets targets) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("machine", "2 cores");
        setup.put("caches", "off");
        DashboardFigures cloudtrail = new DashboardFigures("cloudtrail", "2 panels",
                List.of(new Row("top_users", 12.34, 48.0), new Row("errors", 20.0, 61.5)),
                new Row("whole dashboard (2 at once)", 150.0, 290.0), new Row("filter choices (selects)", 8.0, 9.0),
                List.of(new Row("admin 24 h", 100.0, 120.0), new Row("admin 30 d", 200.0, 290.0)), 0);
        DashboardFigures guardduty = new DashboardFigures("guardduty", "1 panels",
                List.of(new Row("remote_ips", 5.0, 7.0)),
                new Row("whole dashboard (1 at once)", 100.0, 320.0), new Row("filter choices (selects)", 4.0, 5.0),
                List.of(), 3);
        return new DashboardLatencyReport(setup, targets, List.of(cloudtrail, guardduty));
    }

    @Test
    void tablePerDashboardWithTargetsAndVerdicts() {
        String text = report(LatencyTargets.forEvents(1_000_000)).report();

        assertThat(text).startsWith("machine        2 cores\ncaches         off\n"
                + "targets        1M events: panel p95 <= 50 ms, dashboard p95 <= 300 ms\n");
        assertThat(text).contains("\ncloudtrail: 2 panels\n"
                + "  panel                               p50 ms    p95 ms   target p95\n"
                + "  top_users                             12.3      48.0   <=     50 ms  PASS\n"
                + "  errors                                20.0      61.5   <=     50 ms  MISS\n"
                + "  whole dashboard (2 at once)          150.0     290.0   <=    300 ms  PASS\n"
                + "  filter choices (selects)               8.0       9.0   <=     50 ms  PASS\n"
                + "  whole dashboard by filter variant:\n"
                + "    admin 24 h                         100.0     120.0\n"
                + "    admin 30 d                         200.0     290.0\n\n");
        assertThat(text).contains("  whole dashboard (1 at once)          100.0     320.0   <=    300 ms  MISS\n"
                + "  filter choices (selects)               4.0       5.0   <=     50 ms  PASS\n"
                + "  3 panel answers were errors (the server log has them)\n");
        assertThat(text).endsWith("result         5 of 7 lines PASS, MISS: cloudtrail/errors,"
                + " guardduty/whole dashboard (1 at once)");
    }

    @Test
    void tenMillionEventsAreHeldToTheLargeTargets() {
        DashboardLatencyReport report = report(LatencyTargets.forEvents(10_000_000));

        assertThat(report.report()).contains("targets        10M events: panel p95 <= 300 ms, dashboard p95 <= 1500 ms")
                .contains("<=  1,500 ms  PASS").endsWith("result         7 of 7 lines PASS");
        assertThat(report.misses()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void sizesBelowTenMillionUseTheOneMillionTargets() {
        assertThat(LatencyTargets.forEvents(20_000)).isEqualTo(new LatencyTargets("1M events", 50, 300));
        assertThat(LatencyTargets.forEvents(9_999_999)).isEqualTo(new LatencyTargets("1M events", 50, 300));
        assertThat(LatencyTargets.forEvents(10_000_000)).isEqualTo(new LatencyTargets("10M events", 300, 1_500));
    }
}
