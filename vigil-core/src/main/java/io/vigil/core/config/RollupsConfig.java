package io.vigil.core.config;

import java.time.Duration;

/**
 * The hourly, daily and weekly rollups {@code vigil serve} keeps for dashboards over long time ranges.
 *
 * @param interval how often the rollup job runs (default 1 minute): events delivered late into hours
 *                 already rolled up reach the dashboards at the next run
 * @param lag      how long after an hour ends it is rolled up (default 10 minutes; CloudTrail delivers
 *                 files about 5 minutes after the calls): until then dashboards read its events raw
 */
public record RollupsConfig(Duration interval, Duration lag) {

    public RollupsConfig {
        interval = interval == null ? Duration.ofMinutes(1) : interval;
        lag = lag == null ? Duration.ofMinutes(10) : lag;
    }

    public static RollupsConfig defaults() {
        return new RollupsConfig(null, null);
    }
}
