package io.vigil.core.config;

import java.util.List;

/** The continuous collectors {@code vigil serve} runs. */
public record CollectorsConfig(List<SqsCollectorConfig> sqs) {

    public CollectorsConfig {
        sqs = sqs == null ? List.of() : List.copyOf(sqs);
    }

    public static CollectorsConfig defaults() {
        return new CollectorsConfig(null);
    }
}
