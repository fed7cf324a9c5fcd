package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a search reads a rollup: its time range is cut into whole periods of the longest period a group
 * holding every field the search filters and aggregates on has (the smallest such group of each
 * period), the shorter periods around them from the shorter groups down to hours, and the minutes at
 * either end from the raw events: weeks, the days around them, the hours around those. Each group counts
 * every event once, so any groups may share a range. One search covers both index families, so the
 * engine merges buckets, ranks terms and counts as usual: it counts a rollup document as the events it
 * stands for. Searches that need the events themselves (table rows, distinct counts, map tiles) read
 * only raw events, and a histogram reads only groups whose period divides its interval.
 *
 * <p>The watermark is the start of an hour: hourly groups hold every hour before it, daily groups
 * every day before its day, weekly groups every week before its week, and the events from the
 * watermark on are read raw.
 */
final class RollupRoute {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Counts the events a routed search matches; {@code hits.total} would count rollup documents. */
    static final String EVENT_TOTAL = "event_total";
    /** The {@code meta} key naming the aggregation whose buckets count the events {@link #EVENT_TOTAL} leaves out. */
    private static final String COUNTED_BY = "counted_by";

    /** Documents of one group stand in for the events of [from, until). */
    private record Rolled(RollupGroup group, Instant from, Instant until) {
    }

    /** The events of [from, until), the end included when it is the range's. */
    private record Raw(Instant from, Instant until, boolean untilIncluded) {
    }

    private final List<Rolled> rolled;
    private final List<Raw> raw;
    private final String rollupIndex;
    /** Fields with several values per event (project and program sets): their buckets count an event more than once. */
    private final List<String> multiValued;

    private RollupRoute(RolledUp rollup, List<Rolled> rolled, List<Raw> raw) {
        this.rolled = rolled;
        this.raw = raw;
        this.rollupIndex = rollup.spec().index().pattern();
        this.multiValued = rollup.spec().sets();
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
        List<Rolled> spans = spans(levels(rollup.spec().groupsFor(new HashSet<>(fields)), histogram), time,
                rollup.watermark());
        if (spans.isEmpty() || !spans.get(0).group().period().equals(RollupGroup.HOUR)) {
            return Optional.empty();
        }
        List<Rolled> rolled = new ArrayList<>();
        for (int level = 0; level < spans.size(); level++) {
            Rolled span = spans.get(level);
            if (level == spans.size() - 1) {
                rolled.add(span);
            } else {
                Rolled inner = spans.get(level + 1);
                rolled.add(new Rolled(span.group(), span.from(), inner.from()));
                rolled.add(new Rolled(span.group(), inner.until(), span.until()));
            }
        }
        rolled.removeIf(part -> !part.from().isBefore(part.until()));
        rolled.sort(Comparator.comparing(Rolled::from));
        Instant rolledFrom = spans.get(0).from();
        List<Raw> raw = new ArrayList<>();
        if (time.from().isBefore(rolledFrom)) {
            raw.add(new Raw(time.from(), rolledFrom, false));
        }
        raw.add(new Raw(spans.get(0).until(), time.to(), true));
        return Optional.of(new RollupRoute(rollup, rolled, raw));
    }

    /** The smallest group of each period (they come fewest rows first), shortest period first. */
    private static List<RollupGroup> levels(List<RollupGroup> groups, Optional<TimeRange.Interval> histogram) {
        Map<Duration, RollupGroup> smallest = new TreeMap<>();
        groups.stream()
                .filter(group -> histogram.map(interval -> interval.length().toMillis() % group.period().toMillis() == 0)
                        .orElse(true))
                .forEach(group -> smallest.putIfAbsent(group.period(), group));
        return List.copyOf(smallest.values());
    }

    /**
     * What each level could read: its whole periods within the range and before the watermark. Each
     * longer period starts where a shorter one does, so each span lies within the one before; the
     * levels end at the first whose span is empty.
     */
    private static List<Rolled> spans(List<RollupGroup> levels, TimeRange time, Instant watermark) {
        List<Rolled> spans = new ArrayList<>();
        for (RollupGroup level : levels) {
            Instant from = level.nextPeriodStart(time.from());
            Instant until = level.periodStart(time.to().isBefore(watermark) ? time.to() : watermark);
            if (!from.isBefore(until)) {
                break;
            }
            spans.add(new Rolled(level, from, until));
        }
        return spans;
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

    /**
     * Counts every event a routed search matches, whichever documents stand for them. When a terms or
     * date histogram aggregation at the top puts every event with its field into exactly one bucket (or
     * its {@code sum_other_doc_count}), only the events without that field are counted apart: a filter
     * matching everything would cost as much as the panel's own aggregation.
     *
     * @param aggs the search's aggregations
     */
    ObjectNode eventTotal(JsonNode aggs) {
        ObjectNode total = NODES.objectNode();
        for (Map.Entry<String, JsonNode> agg : aggs.properties()) {
            JsonNode bucketed = agg.getValue().has("terms") ? agg.getValue().path("terms")
                    : agg.getValue().path("date_histogram");
            boolean onceEach = !bucketed.has("include") && !bucketed.has("exclude") && !bucketed.has("hard_bounds")
                    && !multiValued.contains(bucketed.path("field").asText());
            if (bucketed.isObject() && onceEach) {
                total.putObject("missing").put("field", bucketed.path("field").asText());
                total.putObject("meta").put(COUNTED_BY, agg.getKey());
                return total;
            }
        }
        total.putObject("filter").putObject("match_all");
        return total;
    }

    /** The events a routed search matched, from the answer of its {@link #eventTotal}. */
    static long events(JsonNode aggregations) {
        JsonNode total = aggregations.path(EVENT_TOTAL);
        long events = total.path("doc_count").asLong();
        String countedBy = total.path("meta").path(COUNTED_BY).asText("");
        if (!countedBy.isEmpty()) {
            JsonNode counted = aggregations.path(countedBy);
            for (JsonNode bucket : counted.path("buckets")) {
                events += bucket.path("doc_count").asLong();
            }
            events += counted.path("sum_other_doc_count").asLong(0);
        }
        return events;
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
