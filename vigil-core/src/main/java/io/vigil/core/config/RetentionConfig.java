package io.vigil.core.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long time-based indices are kept. Vigil deletes whole indices whose date is older.
 *
 * @param datasets retention per dataset name ({@code ecs: 90d}); datasets not named keep their default
 * @param interval how often the retention job runs in {@code vigil serve} (default 1h)
 */
public record RetentionConfig(Map<String, Duration> datasets, Duration interval) {

    public RetentionConfig {
        datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
        interval = interval == null ? Duration.ofHours(1) : interval;
    }

    public static RetentionConfig defaults() {
        return new RetentionConfig(null, null);
    }

    public Optional<Duration> forDataset(String dataset) {
        return Optional.ofNullable(datasets.get(dataset));
    }
}
