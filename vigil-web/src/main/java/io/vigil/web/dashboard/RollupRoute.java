package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * How a search reads a rollup: its time range is cut into whole days read from the smallest daily
 * group that holds every field the search filters and aggregates on, whole hours around them from the
 * smallest such hourly group, and the minutes at either end from the raw events. Each group counts
 * every event once, so any groups may share a range. One search covers both index families, so the
 * engine merges buckets, ranks terms and counts as usual: it counts a rollup document as the events it
 * stands for. Searches that need the events themselves (table rows, distinct counts, map tiles) read
 * only raw events, and a histogram reads only groups whose period divides its interval.
 *
 * <p>The watermark is the start of an hour: hourly groups hold every hour before it, daily groups
 * every day before its day, and the events from the watermark on are read raw.
 */
final class RollupRoute {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Counts every event a routed search matches; {@code hits.total} would count rollup documents. */
    static final String EVENT_TOTAL = "event_total";

    /** Documents of one group stand in for the events of [from, until). */
    private record Rolled(RollupGroup group, Instant from, Instant until) {
    }

    /** The events of [from, until), the end included when it is the range's. */
    private record Raw(Instant from, Instant until, boolean untilIncluded) {
    }

    private final List<Rolled> rolled;
    private final List<Raw> raw;
    private final String rollupIndex;

    private RollupRoute(RolledUp rollup, List<Rolled> rolled, List<Raw> raw) {
        this.rolled = rolled;
        this.raw = raw;
        this.rollupIndex = rollup.spec().index().pattern();
    }

    /**
     * The route of a search over {@code fields} and {@code time}, or none when no hourly group holds
     * the fields or the range holds no whole rolled-up hour.
     *
     * @param histogram the interval of the search's date histogram, if it has one
     */
    static Optional<RollupRoute> of(Optional<RolledUp> rolledUp, Collection<String> fields, TimeRange time,
                                    Optional<TimeRange.Interval> histogram) {
        if (rolledUp.isEmpty()) {
            return Optional.empty();
        }
        RolledUp rollup = rolledUp.get();
        List<RollupGroup> groups = rollup.spec().groupsFor(new HashSet<>(fields)).stream()
                .filter(group -> histogram.map(interval -> interval.length().toMillis() % group.period().toMillis() == 0)
                        .orElse(true))
                .toList();
        Optional<RollupGroup> hours = first(groups, RollupGroup.HOUR.toMillis());
        Optional<RollupGroup> days = first(groups, RollupGroup.DAY.toMillis());
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        Instant hoursFrom = hours.get().nextPeriodStart(time.from());
        Instant hoursTo = rolledEnd(hours.get(), time, rollup.watermark());
        if (!hoursFrom.isBefore(hoursTo)) {
            return Optional.empty();
        }
        List<Rolled> rolled = new ArrayList<>();
        Instant daysFrom = days.map(group -> group.nextPeriodStart(time.from())).orElse(hoursTo);
        Instant daysTo = days.map(group -> rolledEnd(group, time, rollup.watermark())).orElse(hoursTo);
        if (daysFrom.isBefore(daysTo)) {
            rolled.add(new Rolled(hours.get(), hoursFrom, daysFrom));
            rolled.add(new Rolled(days.get(), daysFrom, daysTo));
            rolled.add(new Rolled(hours.get(), daysTo, hoursTo));
        } else {
            rolled.add(new Rolled(hours.get(), hoursFrom, hoursTo));
        }
        rolled.removeIf(part -> !part.from().isBefore(part.until()));
        List<Raw> raw = new ArrayList<>();
        if (time.from().isBefore(hoursFrom)) {
            raw.add(new Raw(time.from(), hoursFrom, false));
        }
        raw.add(new Raw(hoursTo, time.to(), true));
        return Optional.of(new RollupRoute(rollup, rolled, raw));
    }

    /** The events' index pattern and the rollup's, searched together. */
    String indices(String eventIndex) {
        return eventIndex + "," + rollupIndex;
    }

    /** Replaces the time range: rollup documents of the whole periods, raw events around them. */
    ObjectNode timeClause(String timeField) {
        ObjectNode clause = NODES.objectNode();
        ArrayNode either = clause.putObject("bool").put("minimum_should_match", 1).putArray("should");
        rolled.forEach(part -> either.add(rolledDocuments(part, timeField)));
        either.add(rawEvents(timeField));
        return clause;
    }

    /** Counts every event the search matches, whichever documents stand for them. */
    static ObjectNode eventTotal() {
        ObjectNode total = NODES.objectNode();
        total.putObject("filter").putObject("match_all");
        return total;
    }

    /** Where the rolled-up part of a group ends: at its last whole period before the range ends or the watermark. */
    private static Instant rolledEnd(RollupGroup group, TimeRange time, Instant watermark) {
        return group.periodStart(time.to().isBefore(watermark) ? time.to() : watermark);
    }

    private static Optional<RollupGroup> first(List<RollupGroup> groups, long periodMillis) {
        return groups.stream().filter(group -> group.period().toMillis() == periodMillis).findFirst();
    }

    private static ObjectNode rolledDocuments(Rolled part, String timeField) {
        ObjectNode documents = NODES.objectNode();
        ArrayNode filter = documents.putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put(RollupSpec.GROUP_FIELD, part.group().id());
        filter.add(QueryCompiler.range(timeField, part.from(), part.until(), false));
        return documents;
    }

    private ObjectNode rawEvents(String timeField) {
        ObjectNode events = NODES.objectNode();
        ObjectNode bool = events.putObject("bool");
        bool.putArray("must_not").addObject().putObject("exists").put("field", RollupSpec.GROUP_FIELD);
        ArrayNode around = bool.put("minimum_should_match", 1).putArray("should");
        raw.forEach(part -> around.add(QueryCompiler.range(timeField, part.from(), part.until(), part.untilIncluded())));
        return events;
    }
}
