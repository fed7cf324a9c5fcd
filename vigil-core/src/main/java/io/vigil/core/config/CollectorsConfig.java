package io.vigil.core.config;

import java.util.List;

/**
 * The continuous collectors {@code vigil serve} runs.
 *
 * @param sqs         queues of S3 "object created" notifications
 * @param findingsApi the findings APIs of GuardDuty, Inspector and Security Hub
 */
public record CollectorsConfig(List<SqsCollectorConfig> sqs, FindingsApiConfig findingsApi) {

    public CollectorsConfig {
        sqs = sqs == null ? List.of() : List.copyOf(sqs);
        findingsApi = findingsApi == null ? FindingsApiConfig.defaults() : findingsApi;
    }

    public static CollectorsConfig defaults() {
        return new CollectorsConfig(null, null);
    }
}
