package io.vigil.core.config;

import java.time.Duration;

/**
 * The finding lifecycle in {@code vigil serve}. AWS drops a finding about 90 days after its last
 * update (GuardDuty and Security Hub keep findings 90 days; Inspector deletes closed ones sooner), so
 * an open finding that no update has touched for {@code staleAfter} is one its source no longer
 * reports, and the reconciliation sweep resolves it.
 *
 * @param staleAfter        how long an open finding may go without an update (default 90 days)
 * @param reconcileInterval how often the sweep runs (default 6 hours)
 */
public record FindingsConfig(Duration staleAfter, Duration reconcileInterval) {

    public FindingsConfig {
        staleAfter = staleAfter == null ? Duration.ofDays(90) : staleAfter;
        reconcileInterval = reconcileInterval == null ? Duration.ofHours(6) : reconcileInterval;
    }

    public static FindingsConfig defaults() {
        return new FindingsConfig(null, null);
    }
}
