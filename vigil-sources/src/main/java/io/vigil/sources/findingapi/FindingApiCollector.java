package io.vigil.sources.findingapi;

import io.vigil.core.checkpoint.CheckpointStore;
import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.aws.AccountClientSetup;
import io.vigil.sources.aws.AwsErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Collects the findings of Inspector v2, GuardDuty and Security Hub through their APIs, incrementally
 * on their update time, in every configured account and region ({@code vigil serve}). Each source
 * keeps a cursor per account and region that moves only once everything read up to it is stored
 * (see {@link FindingPoller}). A run reads the accounts and regions one after the other; a source
 * that fails stops for that run only, and credentials a service refuses stop every source of that
 * account and region, while the others go on.
 */
public final class FindingApiCollector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FindingApiCollector.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final FindingApiSettings settings;
    private final List<FindingApiTarget> targets;
    private final Function<String, AccountClientSetup> accounts;
    private final Clock clock;
    private final FindingPoller poller;
    private final Map<FindingApi<?, ?>, Dataset> apis = new LinkedHashMap<>();
    private final Map<FindingApiTarget, TargetClients> clients = new LinkedHashMap<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("findings-api"));
    private volatile List<FindingApiRun> lastRuns = List.of();

    /**
     * @param targets  the accounts and regions read ({@link FindingApiTarget#of})
     * @param accounts the client setup of an account by its name: in {@code vigil serve}, the account's
     *                 {@link io.vigil.sources.aws.AwsClients}
     * @param datasets where the datasets {@code inspector}, {@code guardduty} and {@code securityhub} are
     *                 found (those of the enabled sources must be there)
     */
    public FindingApiCollector(FindingApiSettings settings, List<FindingApiTarget> targets,
                               Function<String, AccountClientSetup> accounts, Pipeline pipeline,
                               DatasetRegistry datasets, CheckpointStore checkpoints, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.targets = List.copyOf(targets);
        this.accounts = accounts;
        this.clock = clock;
        this.poller = new FindingPoller(pipeline, new FindingCursors(checkpoints), settings);
        for (FindingApi<?, ?> api : List.of(new InspectorFindingApi(), new GuardDutyFindingApi(), new SecurityHubFindingApi())) {
            if (settings.sources().contains(api.source())) {
                apis.put(api, datasets.require(api.dataset()));
            }
        }
    }

    /** The accounts and regions it reads. */
    public List<FindingApiTarget> targets() {
        return targets;
    }

    /** Reads every enabled source in every account and region once; returns what each did. */
    public synchronized List<FindingApiRun> runOnce() {
        Instant start = clock.instant();
        List<FindingApiRun> runs = new ArrayList<>();
        for (FindingApiTarget target : targets) {
            for (Map.Entry<FindingApi<?, ?>, Dataset> api : apis.entrySet()) {
                FindingApiRun run = run(api.getKey(), api.getValue(), target, start);
                runs.add(run);
                log(run);
                if (run.credentialsRefused()) {
                    break;
                }
            }
        }
        lastRuns = List.copyOf(runs);
        return lastRuns;
    }

    /** Runs now and then every {@link FindingApiSettings#interval()} after the end of the previous run. */
    public void start() {
        schedule.scheduleWithFixedDelay(this::runScheduled, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What the last run did, for {@code vigil status}. */
    public List<FindingApiRun> lastRuns() {
        return lastRuns;
    }

    /** Stops the schedule, lets a run in progress finish for a while (then interrupts it), closes the clients. */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                schedule.shutdownNow();
                LOG.warn("the findings API run in progress was interrupted on stop; its cursors were kept");
            }
        } catch (InterruptedException e) {
            schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            clients.values().forEach(TargetClients::close);
            clients.clear();
        }
    }

    private <C extends SdkClient, F extends SdkPojo> FindingApiRun run(FindingApi<C, F> api, Dataset dataset,
                                                                     FindingApiTarget target, Instant start) {
        try {
            C client = clients.computeIfAbsent(target,
                    made -> new TargetClients(accounts.apply(made.account()), made.region(), settings.maxAttempts()))
                    .client(api);
            return poller.poll(api, dataset, client, target, start);
        } catch (RuntimeException e) {
            // a configuration or client set-up failure: this source of this account and region only
            String problem = "findings API " + api.name() + " in AWS account '" + target.account() + "' region "
                    + target.region() + " cannot be read: " + AwsErrors.describe(e);
            return new FindingApiRun(api.name(), target, start, start, 0, 0, 0, 0, 0, null, problem, false);
        }
    }

    private void runScheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("the findings API run failed; the next run is in {}: {}", settings.interval(), e.toString());
        }
    }

    private static void log(FindingApiRun run) {
        if (run.succeeded()) {
            LOG.info("findings API {} {}: {} findings in {} pages ({} documents new, {} already present, {} dead"
                    + " letters), cursor {}", run.api(), run.target(), run.findings(), run.pages(), run.indexed(),
                    run.alreadyPresent(), run.deadLettered(), run.cursor());
        } else {
            LOG.warn(run.problem());
        }
    }
}
