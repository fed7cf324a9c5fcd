package io.vigil.core.config;

import java.time.Duration;

/**
 * A queue of S3 "object created" notifications (direct, SNS-wrapped or EventBridge) whose objects are
 * ingested continuously by {@code vigil serve}.
 *
 * @param dataset           the dataset of the objects, e.g. {@code cloudtrail}
 * @param queueUrl          the queue's URL
 * @param account           the account (from {@code aws.accounts}) whose credentials read the queue and bucket
 * @param region            the queue's region
 * @param maxReceiveCount   receives after which a message that keeps failing is dead-lettered (default 5)
 * @param visibilityTimeout how long a received message stays hidden; extended while a large object is read (default 5m)
 * @param concurrency       objects read at once (default 4)
 */
public record SqsCollectorConfig(String dataset, String queueUrl, String account, String region, Integer maxReceiveCount,
                                 Duration visibilityTimeout, Integer concurrency) {

    public SqsCollectorConfig {
        maxReceiveCount = maxReceiveCount == null ? 5 : maxReceiveCount;
        visibilityTimeout = visibilityTimeout == null ? Duration.ofMinutes(5) : visibilityTimeout;
        concurrency = concurrency == null ? 4 : concurrency;
    }
}
