package io.vigil.sources.findingapi;

import io.vigil.core.config.FindingsApiConfig;
import io.vigil.sources.finding.FindingSource;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the findings APIs are read ({@code collectors.findings_api}).
 *
 * @param interval    time between the end of one run and the start of the next
 * @param lookback    how far back the first run of an account and region reads (no cursor yet)
 * @param overlap     re-read before the cursor on every run, for findings the service makes visible late;
 *                    re-read updates are already present, never duplicated
 * @param maxAttempts attempts per API call, the first included, before a throttled or failing call
 *                    stops that source for the run (the SDK's standard retry strategy, with backoff)
 * @param sources     the services read
 */
public record FindingApiSettings(Duration interval, Duration lookback, Duration overlap, int maxAttempts,
                                 Set<FindingSource> sources) {

    /** GuardDuty and Security Hub keep findings 90 days: a first run reads all they still hold. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    public FindingApiSettings {
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        lookback = lookback == null ? DEFAULT_LOOKBACK : lookback;
        overlap = overlap == null ? DEFAULT_OVERLAP : overlap;
        sources = sources == null || sources.isEmpty() ? EnumSet.allOf(FindingSource.class) : EnumSet.copyOf(sources);
        requirePositive(interval, "interval");
        requirePositive(lookback, "lookback");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("the findings API overlap must not be negative, got " + overlap);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("the findings API max attempts must be at least 1, got " + maxAttempts);
        }
    }

    /** The settings of {@code collectors.findings_api}; keys left out take the defaults. */
    public static FindingApiSettings from(FindingsApiConfig config) {
        Set<FindingSource> sources = config.sources().stream().map(FindingSource::ofKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingSource.class)));
        return new FindingApiSettings(config.interval(), config.lookback(), config.overlap(),
                config.maxAttempts() == null ? DEFAULT_MAX_ATTEMPTS : config.maxAttempts(), sources);
    }

    /** Every source, every 5 minutes, 90 days back on the first run, 5 minutes of overlap, 5 attempts. */
    public static FindingApiSettings defaults() {
        return new FindingApiSettings(null, null, null, DEFAULT_MAX_ATTEMPTS, null);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("the findings API " + name + " must be positive, got " + duration);
        }
    }
}
