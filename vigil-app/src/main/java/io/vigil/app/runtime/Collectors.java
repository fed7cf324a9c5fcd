package io.vigil.app.runtime;

import io.vigil.core.checkpoint.CheckpointStore;
import io.vigil.core.config.FindingsApiConfig;
import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.aws.AwsAccounts;
import io.vigil.sources.findingapi.FindingApiCollector;
import io.vigil.sources.findingapi.FindingApiSettings;
import io.vigil.sources.findingapi.FindingApiTarget;
import io.vigil.sources.sqs.SqsCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The continuous collectors of {@code vigil.yml} that {@code vigil serve} runs: SQS queues of S3
 * notifications, and the findings APIs when {@code collectors.findings_api.enabled}.
 */
public final class Collectors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Collectors.class);
    /** How long stopping waits for messages in flight; unfinished ones come back to the queue. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final AwsAccounts accounts;
    private final List<SqsCollector> queues = new ArrayList<>();
    private final Optional<FindingApiCollector> findingsApi;

    public Collectors(Vigil vigil, Map<String, String> environment) {
        VigilConfig config = vigil.config();
        this.accounts = new AwsAccounts(config.aws(), environment);
        for (SqsCollectorConfig queue : config.collectors().sqs()) {
            queues.add(SqsCollector.create(queue, accounts.clients(queue.account()), vigil.pipeline(),
                    vigil.datasets().require(queue.dataset()), vigil.sink(), vigil.clock()));
        }
        FindingsApiConfig api = config.collectors().findingsApi();
        this.findingsApi = !api.enabled() ? Optional.empty() : Optional.of(new FindingApiCollector(
                FindingApiSettings.from(api), FindingApiTarget.of(config.aws()), accounts::clients, vigil.pipeline(),
                vigil.datasets(), CheckpointStore.of(config.dataDir()), vigil.clock()));
    }

    public void start() {
        for (SqsCollector queue : queues) {
            queue.start();
            LOG.info("collecting {} from {}", queue.status(), queue.queueUrl());
        }
        findingsApi.ifPresent(collector -> {
            collector.start();
            LOG.info("reading the findings APIs of {} account(s) and region(s)", collector.targets().size());
        });
    }

    /** Stops receiving and finishes the messages in flight; call before the sink closes. */
    @Override
    public void close() {
        for (SqsCollector queue : queues) {
            if (!queue.stop(GRACE)) {
                LOG.warn("{}: messages still in flight after {}; they return to the queue", queue.queueUrl(), GRACE);
            }
        }
        findingsApi.ifPresent(FindingApiCollector::close);
        accounts.close();
    }
}
