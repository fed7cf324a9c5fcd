package io.vigil.store.retention;

import io.vigil.core.config.RetentionConfig;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.IndexInfo;
import io.vigil.store.SearchBackend;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes whole time-based indices whose period ended more than the retention ago: a monthly index
 * goes once its last day is older than the retention, so nothing younger is ever deleted. The
 * retention is {@code retention.datasets.<name>} or else the spec's default; latest-state indices
 * ({@link IndexSpec.Rollover#NONE}) and names that do not carry a date in the spec's form are never
 * touched. The dead-letter indices are always included (key {@link DeadLetterIndex#DATASET}).
 */
public final class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final SearchBackend backend;
    private final RetentionConfig config;
    private final Clock clock;

    public RetentionJob(SearchBackend backend, RetentionConfig config, Clock clock) {
        this.backend = backend;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param specsByDataset the index spec of each dataset name (the retention key); datasets that
     *                       share a spec keep its indices for the longest of their retentions; the
     *                       dead-letter indices are added when absent
     * @return the indices deleted
     */
    public List<DeletedIndex> run(Map<String, IndexSpec> specsByDataset) {
        Instant now = clock.instant();
        List<DeletedIndex> deleted = new ArrayList<>();
        for (Map.Entry<String, Retained> entry : longestRetentions(specsByDataset).entrySet()) {
            Retained retained = entry.getValue();
            Instant cutoff = now.minus(retained.retention);
            for (IndexInfo index : backend.indices(retained.spec.pattern())) {
                Optional<Instant> periodEnd = IndexDate.periodEnd(retained.spec, index.name());
                if (periodEnd.isPresent() && !periodEnd.get().isAfter(cutoff)) {
                    backend.deleteIndex(index.name());
                    DeletedIndex gone = new DeletedIndex(retained.dataset, index.name(), periodEnd.get(),
                            retained.retention, index.documents());
                    LOG.info("retention deleted {}", gone);
                    deleted.add(gone);
                }
            }
        }
        return deleted;
    }

    private Map<String, Retained> longestRetentions(Map<String, IndexSpec> specsByDataset) {
        Map<String, IndexSpec> specs = new LinkedHashMap<>(specsByDataset);
        specs.putIfAbsent(DeadLetterIndex.DATASET, DeadLetterIndex.SPEC);
        Map<String, Retained> byPrefix = new LinkedHashMap<>();
        specs.forEach((dataset, spec) -> {
            if (spec.rollover() == IndexSpec.Rollover.NONE) {
                return;
            }
            Optional<Duration> retention = config.forDataset(dataset).or(() -> Optional.ofNullable(spec.defaultRetention()));
            if (retention.isEmpty()) {
                return;
            }
            byPrefix.merge(spec.prefix(), new Retained(dataset, spec, retention.get()),
                    (a, b) -> a.retention.compareTo(b.retention) >= 0 ? a : b);
        });
        return byPrefix;
    }

    private record Retained(String dataset, IndexSpec spec, Duration retention) {
    }
}
