package io.vigil.app.runtime;

import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.sources.aws.AwsAccounts;
import io.vigil.sources.sqs.SqsCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The continuous collectors of {@code vigil.yml} that {@code vigil serve} runs: SQS queues of S3 notifications. */
public final class Collectors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Collectors.class);
    /** How long stopping waits for messages in flight; unfinished ones come back to the queue. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final AwsAccounts accounts;
    private final List<SqsCollector> queues = new ArrayList<>();

    public Collectors(Vigil vigil, Map<String, String> environment) {
        this.accounts = new AwsAccounts(vigil.config().aws(), environment);
        for (SqsCollectorConfig queue : vigil.config().collectors().sqs()) {
            queues.add(SqsCollector.create(queue, accounts.clients(queue.account()), vigil.pipeline(),
                    vigil.datasets().require(queue.dataset()), vigil.sink(), vigil.clock()));
        }
    }

    public void start() {
        for (SqsCollector queue : queues) {
            queue.start();
            LOG.info("collecting {} from {}", queue.status(), queue.queueUrl());
        }
    }

    /** Stops receiving and finishes the messages in flight; call before the sink closes. */
    @Override
    public void close() {
        for (SqsCollector queue : queues) {
            if (!queue.stop(GRACE)) {
                LOG.warn("{}: messages still in flight after {}; they return to the queue", queue.queueUrl(), GRACE);
            }
        }
        accounts.close();
    }
}
