package io.vigil.app.runtime;

import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.core.config.RollupsConfig;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.sources.SourceCatalog;
import io.vigil.store.rollup.RollupJob;
import io.vigil.store.rollup.RollupRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rollup job of every rollup of the {@link SourceCatalog} every {@code rollups.interval}, on
 * a thread of its own so that a long retention run or sweep never holds it back. A failed run leaves
 * the watermark where it was: dashboards read raw events past it until a run succeeds.
 */
public final class RollupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RollupScheduler.class);

    private final RollupJob job;
    private final RollupsConfig config;
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("vigil-rollup"));
    private final LongAdder runs = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder busyNanos = new LongAdder();

    public RollupScheduler(Vigil vigil) {
        this.config = vigil.config().rollups();
        this.job = new RollupJob(vigil.engine().backend(), vigil.sink(), vigil.clock(), config.lag());
    }

    /** Runs now, then every interval. */
    public void start() {
        executor.scheduleWithFixedDelay(this::runLogged, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs every rollup once on the calling thread. */
    public List<RollupRun> runNow() throws InterruptedException {
        List<RollupRun> done = new ArrayList<>();
        for (RollupSpec spec : SourceCatalog.rollups()) {
            done.add(job.run(spec));
        }
        return done;
    }

    /** Scheduled runs so far, and how many of them failed. */
    public long runs() {
        return runs.sum();
    }

    public long failures() {
        return failures.sum();
    }

    /** Seconds the scheduled runs took, all together. */
    public double busySeconds() {
        return busyNanos.sum() / 1e9;
    }

    private void runLogged() {
        for (RollupSpec spec : SourceCatalog.rollups()) {
            long started = System.nanoTime();
            try {
                RollupRun run = job.run(spec);
                if (run.periodsRolled() > spec.groups().size()) {
                    LOG.info("rollup: {}", run);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warn("rollup {} failed; dashboards read raw events past its last watermark; next try in {}: {}",
                        spec.dataset(), config.interval(), e.getMessage());
            } finally {
                runs.increment();
                busyNanos.add(System.nanoTime() - started);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
