package io.vigil.store.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Sink;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.store.SearchBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a rollup up to date. Each run takes as watermark the start of the hour {@code lag} before now
 * (CloudTrail delivers files minutes after the calls), rolls up every whole period (hour, day, week) of a
 * group before it whose event count differs from the group's (new hours, late deliveries, backfills,
 * retention), waits until the engine has acknowledged every document, deletes rows that no event has
 * any more, and only then publishes the watermark that searches use. The cost of a run follows the
 * events that arrived, never the size of the current hour. A run that fails publishes nothing, and the
 * next run finds the same differences again: restarts neither lose nor double-count events.
 */
public final class RollupJob {

    private static final Logger LOG = LoggerFactory.getLogger(RollupJob.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int PERIODS_PER_DELETE = 500;

    private final SearchBackend backend;
    private final Sink sink;
    private final Clock clock;
    private final Duration lag;

    /** @param lag how long after an hour ends it is rolled up: late events after that are rolled up again */
    public RollupJob(SearchBackend backend, Sink sink, Clock clock, Duration lag) {
        this.backend = backend;
        this.sink = sink;
        this.clock = clock;
        this.lag = lag;
    }

    public RollupRun run(RollupSpec spec) throws InterruptedException {
        long run = clock.millis();
        Instant watermark = Instant.ofEpochMilli(run).minus(lag).truncatedTo(ChronoUnit.HOURS);
        if (backend.indices(spec.source().pattern()).isEmpty()) {
            return new RollupRun(spec.dataset(), null, 0, 0, 0, 0);
        }
        backend.refresh(spec.source().pattern());
        PeriodCounts counts = new PeriodCounts(backend);
        Map<Long, Long> hourlyEvents = counts.hourlyEvents(spec, watermark);
        Map<String, Map<Long, Long>> rolledUp = counts.rolledUp(spec, watermark);

        Delivery delivery = new Delivery(SourceLocation.whole("rollup " + spec.dataset() + " to " + watermark));
        Map<String, List<Long>> rolled = new HashMap<>();
        long rolledEvents = 0;
        for (RollupGroup group : spec.groups()) {
            PeriodRollup rollup = new PeriodRollup(backend, spec, group);
            Map<Long, Long> events = PeriodCounts.perPeriod(group, hourlyEvents);
            List<Long> periods = periodsToRoll(group, watermark, events, rolledUp.get(group.id()));
            rolledEvents += rollup.roll(periods, events, run, document -> {
                delivery.expect();
                sink.write(document, delivery);
            });
            if (!periods.isEmpty()) {
                rolled.put(group.id(), periods);
            }
        }
        sink.flush();
        delivery.seal();
        DeliveryReport written = acknowledged(delivery, spec);
        backend.refresh(spec.index().pattern());
        long deleted = deleteStale(spec, rolled, run);
        publish(spec, watermark);
        int periodsRolled = rolled.values().stream().mapToInt(List::size).sum();
        RollupRun result = new RollupRun(spec.dataset(), watermark, periodsRolled,
                written.indexed() + written.alreadyPresent(), rolledEvents, deleted);
        LOG.debug("rollup run {}", result);
        return result;
    }

    /** The whole periods before the watermark whose counts differ between the events and the group. */
    private static List<Long> periodsToRoll(RollupGroup group, Instant watermark, Map<Long, Long> events,
                                            Map<Long, Long> rolledUp) {
        long unfinished = group.periodStart(watermark).toEpochMilli();
        TreeSet<Long> periods = new TreeSet<>(events.keySet());
        periods.addAll(rolledUp.keySet());
        periods.removeIf(period -> period >= unfinished || Objects.equals(events.get(period), rolledUp.get(period)));
        return new ArrayList<>(periods);
    }

    private DeliveryReport acknowledged(Delivery delivery, RollupSpec spec) throws InterruptedException {
        DeliveryReport report;
        try {
            report = delivery.completion().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the rollup " + spec.dataset() + " could not be stored: "
                    + e.getCause().getMessage(), e.getCause());
        }
        if (report.deadLettered() > 0) {
            throw new IllegalStateException("the engine refused " + report.deadLettered() + " documents of the rollup "
                    + spec.dataset() + " (the dead-letter index has them); its watermark stays where it was");
        }
        return report;
    }

    /** Rows of the rolled-up complete periods that this run did not write again: no event has their values any more. */
    private long deleteStale(RollupSpec spec, Map<String, List<Long>> rolled, long run) {
        long deleted = 0;
        for (Map.Entry<String, List<Long>> group : rolled.entrySet()) {
            List<Long> periods = group.getValue();
            for (int from = 0; from < periods.size(); from += PERIODS_PER_DELETE) {
                ObjectNode query = NODES.objectNode();
                ObjectNode bool = query.putObject("bool");
                ArrayNode filter = bool.putArray("filter");
                filter.addObject().putObject("term").put(RollupSpec.GROUP_FIELD, group.getKey());
                ArrayNode starts = filter.addObject().putObject("terms").putArray(spec.timeField());
                periods.subList(from, Math.min(periods.size(), from + PERIODS_PER_DELETE)).forEach(starts::add);
                filter.addObject().putObject("range").putObject(RollupSpec.RUN_FIELD).put("lt", run);
                deleted += backend.deleteByQuery(spec.index().pattern(), query);
            }
        }
        return deleted;
    }

    /** Writes the watermark (versioned by itself, so an older run never moves it back) and makes it visible. */
    private void publish(RollupSpec spec, Instant watermark) throws InterruptedException {
        ObjectNode state = NODES.objectNode().put("rollup", spec.dataset())
                .put(RollupSpec.WATERMARK_FIELD, watermark.toEpochMilli()).put("run_at", clock.instant().toString());
        Delivery delivery = new Delivery(SourceLocation.whole("rollup " + spec.dataset() + " watermark"));
        delivery.expect();
        sink.write(new Document(RollupSpec.STATE_DATASET, spec.dataset(), watermark, state, delivery.origin(),
                watermark.toEpochMilli()), delivery);
        sink.flush();
        delivery.seal();
        acknowledged(delivery, spec);
        backend.refresh(RollupSpec.STATE.pattern());
    }
}
