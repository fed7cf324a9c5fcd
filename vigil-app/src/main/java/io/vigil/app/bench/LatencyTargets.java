package io.vigil.app.bench;

/**
 * The latency targets of the issue on a 2-core machine, by the size of the CloudTrail data: at 1
 * million events a panel's p95 within 50 ms and a whole dashboard's within 300 ms; at 10 million
 * 300 ms and 1.5 s. Sizes below 10 million are held to the 1 million targets.
 */
record LatencyTargets(String scale, double panelP95Millis, double dashboardP95Millis) {

    static final long LARGE = 10_000_000;

    static LatencyTargets forEvents(long events) {
        return events >= LARGE ? new LatencyTargets("10M events", 300, 1_500) : new LatencyTargets("1M events", 50, 300);
    }
}
