package io.vigil.store.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.store.SearchBackend;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Events per period before a watermark, counted in the source and in each group of the rollup: a
 * period whose counts differ got events after it was rolled up (late delivery, a backfill) or lost some
 * (retention), and is rolled up again. The engines count a rollup document as its {@code _doc_count}.
 * Both sides are counted per hour and summed into each group's periods.
 */
final class PeriodCounts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** More hours than any retention holds (ten years). */
    private static final int MAX_HOURS = 90_000;

    private final SearchBackend backend;

    PeriodCounts(SearchBackend backend) {
        this.backend = backend;
    }

    /** Source events per hour start (epoch ms), hours without events left out. */
    Map<Long, Long> hourlyEvents(RollupSpec spec, Instant watermark) {
        ObjectNode body = before(spec, watermark);
        body.putObject("aggs").set("hours", hours(spec));
        return perHour(backend.search(spec.source().pattern(), body).path("aggregations").path("hours"));
    }

    /** Events per period start of each group, by group id. */
    Map<String, Map<Long, Long>> rolledUp(RollupSpec spec, Instant watermark) {
        ObjectNode body = before(spec, watermark);
        ObjectNode groups = body.putObject("aggs").putObject("groups");
        groups.putObject("terms").put("field", RollupSpec.GROUP_FIELD).put("size", spec.groups().size());
        groups.putObject("aggs").set("hours", hours(spec));
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        spec.groups().forEach(group -> counts.put(group.id(), new HashMap<>()));
        for (JsonNode bucket : backend.search(spec.index().pattern(), body).path("aggregations").path("groups")
                .path("buckets")) {
            spec.groups().stream().filter(group -> group.id().equals(bucket.path("key").asText())).findFirst()
                    .ifPresent(group -> counts.put(group.id(), perPeriod(group, perHour(bucket.path("hours")))));
        }
        return counts;
    }

    /** Hourly counts summed into the group's periods. */
    static Map<Long, Long> perPeriod(RollupGroup group, Map<Long, Long> hourly) {
        Map<Long, Long> counts = new HashMap<>();
        hourly.forEach((hour, count) ->
                counts.merge(group.periodStart(Instant.ofEpochMilli(hour)).toEpochMilli(), count, Long::sum));
        return counts;
    }

    private static ObjectNode before(RollupSpec spec, Instant watermark) {
        ObjectNode body = NODES.objectNode();
        body.put("size", 0);
        body.putObject("query").putObject("range").putObject(spec.timeField()).put("lt", watermark.toEpochMilli())
                .put("format", "epoch_millis");
        return body;
    }

    private static ObjectNode hours(RollupSpec spec) {
        ObjectNode hours = NODES.objectNode();
        hours.putObject("date_histogram").put("field", spec.timeField()).put("fixed_interval", "1h")
                .put("min_doc_count", 1);
        return hours;
    }

    private static Map<Long, Long> perHour(JsonNode histogram) {
        Map<Long, Long> counts = new HashMap<>();
        JsonNode buckets = histogram.path("buckets");
        if (buckets.size() > MAX_HOURS) {
            throw new IllegalStateException("more than " + MAX_HOURS + " hours of events; the retention should bound them");
        }
        buckets.forEach(bucket -> counts.put(bucket.path("key").asLong(), bucket.path("doc_count").asLong()));
        return counts;
    }
}
