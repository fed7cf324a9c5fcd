package io.vigil.core.config;

import java.time.Duration;

/**
 * The hourly rollups {@code vigil serve} keeps for dashboards over long time ranges.
 *
 * @param interval how often the rollup job runs (default 1 minute): the raw events a dashboard reads
 *                 besides the rollup are those since its last run, plus {@code lag}
 * @param lag      how far behind now the rollup stops (default 30 seconds), so events still being
 *                 written or refreshed count in the next run rather than being missed
 */
public record RollupsConfig(Duration interval, Duration lag) {

    public RollupsConfig {
        interval = interval == null ? Duration.ofMinutes(1) : interval;
        lag = lag == null ? Duration.ofSeconds(30) : lag;
    }

    public static RollupsConfig defaults() {
        return new RollupsConfig(null, null);
    }
}
