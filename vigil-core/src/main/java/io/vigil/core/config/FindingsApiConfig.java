package io.vigil.core.config;

import java.time.Duration;
import java.util.List;

/**
 * Incremental reading of the findings APIs ({@code collectors.findings_api}): Inspector v2
 * {@code ListFindings}, GuardDuty {@code ListFindings}/{@code GetFindings} and Security Hub
 * {@code GetFindings}, in every region of every account of {@code aws.accounts}. Keys left out take
 * the collector's defaults.
 *
 * @param enabled     read the APIs in {@code vigil serve} (default false)
 * @param interval    time between the end of one run and the next (default 5m)
 * @param lookback    how far back the first run of an account and region reads (default 90d)
 * @param overlap     re-read before the cursor on every run (default 5m)
 * @param maxAttempts attempts per API call before a throttled call stops that source for the run (default 5)
 * @param sources     {@code guardduty}, {@code inspector}, {@code securityhub} (default all)
 */
public record FindingsApiConfig(Boolean enabled, Duration interval, Duration lookback, Duration overlap,
                                Integer maxAttempts, List<String> sources) {

    public FindingsApiConfig {
        enabled = enabled != null && enabled;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static FindingsApiConfig defaults() {
        return new FindingsApiConfig(null, null, null, null, null, null);
    }
}
