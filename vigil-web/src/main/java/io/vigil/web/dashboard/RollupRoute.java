package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a search reads a rollup: the whole hours of its time range come from the rollup group that
 * holds every field it filters and aggregates on, the minutes at either end from the raw events. One
 * search covers both index families, so the engine merges buckets, ranks terms and counts as usual:
 * it counts a rollup document as the events it stands for. Searches that need the events themselves
 * (table rows, distinct counts, map tiles, histograms finer than an hour) read only raw events.
 *
 * <p>The rollup documents of the hour the watermark falls in count up to the watermark; the raw
 * events from the watermark on complete that hour.
 */
final class RollupRoute {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Counts every event a routed search matches; {@code hits.total} would count rollup documents. */
    static final String EVENT_TOTAL = "event_total";

    private final RolledUp rollup;
    private final RollupGroup group;
    private final Instant from;
    private final Instant to;
    /** Rollup documents of [rolledFrom, rolledTo) stand in for the events of that stretch. */
    private final Instant rolledFrom;
    private final Instant rolledTo;

    private RollupRoute(RolledUp rollup, RollupGroup group, TimeRange time, Instant rolledFrom, Instant rolledTo) {
        this.rollup = rollup;
        this.group = group;
        this.from = time.from();
        this.to = time.to();
        this.rolledFrom = rolledFrom;
        this.rolledTo = rolledTo;
    }

    /**
     * The route of a search over {@code fields} and {@code time}, or none when no group holds the
     * fields or the range holds no whole rolled-up hour.
     */
    static Optional<RollupRoute> of(Optional<RolledUp> rolledUp, Collection<String> fields, TimeRange time) {
        if (rolledUp.isEmpty()) {
            return Optional.empty();
        }
        RolledUp rollup = rolledUp.get();
        Set<String> needed = new HashSet<>(fields);
        Optional<RollupGroup> group = rollup.spec().groupFor(needed);
        Instant rolledFrom = ceilHour(time.from());
        Instant rolledTo = time.to().isBefore(rollup.watermark())
                ? time.to().truncatedTo(ChronoUnit.HOURS) : rollup.watermark();
        if (group.isEmpty() || !rolledFrom.isBefore(rolledTo)) {
            return Optional.empty();
        }
        return Optional.of(new RollupRoute(rollup, group.get(), time, rolledFrom, rolledTo));
    }

    /** Whether a histogram with this interval can count rollup documents: whole hours only. */
    static boolean histogramFits(TimeRange.Interval interval) {
        Duration length = interval.length();
        return length.compareTo(RollupSpec.HOUR) >= 0 && length.toMillis() % RollupSpec.HOUR.toMillis() == 0;
    }

    /** The events' index pattern and the rollup's, searched together. */
    String indices(String eventIndex) {
        return eventIndex + "," + rollup.spec().index().pattern();
    }

    /** Replaces the time range: rollup documents of the whole hours, raw events around them. */
    ObjectNode timeClause(String timeField) {
        ObjectNode clause = NODES.objectNode();
        ArrayNode either = clause.putObject("bool").put("minimum_should_match", 1).putArray("should");
        either.add(rolledDocuments(timeField));
        either.add(rawEvents(timeField));
        return clause;
    }

    /** Counts every event the search matches, whichever documents stand for them. */
    static ObjectNode eventTotal() {
        ObjectNode total = NODES.objectNode();
        total.putObject("filter").putObject("match_all");
        return total;
    }

    private ObjectNode rolledDocuments(String timeField) {
        Instant partialHour = rollup.watermark().truncatedTo(ChronoUnit.HOURS);
        ObjectNode documents = NODES.objectNode();
        ArrayNode filter = documents.putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put(RollupSpec.GROUP_FIELD, group.id());
        filter.add(range(timeField, rolledFrom, rolledTo, false));
        ArrayNode hours = filter.addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
        ObjectNode complete = hours.addObject().putObject("bool");
        complete.putArray("filter").add(range(timeField, rolledFrom, partialHour, false));
        complete.putArray("must_not").addObject().putObject("exists").put("field", RollupSpec.PARTIAL_UNTIL_FIELD);
        hours.addObject().putObject("term").put(RollupSpec.PARTIAL_UNTIL_FIELD, rollup.watermark().toEpochMilli());
        return documents;
    }

    private ObjectNode rawEvents(String timeField) {
        ObjectNode events = NODES.objectNode();
        ObjectNode bool = events.putObject("bool");
        bool.putArray("must_not").addObject().putObject("exists").put("field", RollupSpec.GROUP_FIELD);
        ArrayNode around = bool.put("minimum_should_match", 1).putArray("should");
        if (from.isBefore(rolledFrom)) {
            around.add(range(timeField, from, rolledFrom, false));
        }
        around.add(range(timeField, rolledTo, to, true));
        return events;
    }

    private static ObjectNode range(String field, Instant gte, Instant end, boolean endIncluded) {
        ObjectNode range = NODES.objectNode();
        range.putObject("range").putObject(field).put("gte", gte.toEpochMilli())
                .put(endIncluded ? "lte" : "lt", end.toEpochMilli()).put("format", "epoch_millis");
        return range;
    }

    private static Instant ceilHour(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(instant) ? floor : floor.plus(RollupSpec.HOUR);
    }
}
