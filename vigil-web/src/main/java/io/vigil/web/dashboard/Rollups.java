package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rollups dashboards may read instead of raw events, each with the watermark its job last
 * published. A watermark read from the engine is used for up to {@code freshness}: an older
 * watermark is never wrong (the rollup holds every period before it, and the events after it are
 * read raw), it only leaves a few more events to read raw, and it spares every panel a round trip.
 */
public final class Rollups {

    /** How long dashboards use a watermark before reading it again; the job publishes one a minute. */
    public static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A watermark (empty: none published yet) and when it was read, in {@link System#nanoTime()}. */
    private record Read(Optional<Instant> watermark, long readAtNanos) {
    }

    private final List<RollupSpec> specs;
    private final DashboardSearch search;
    private final long freshnessNanos;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    /** @param freshness how long a watermark read is used; zero reads it for every request */
    public Rollups(List<RollupSpec> specs, DashboardSearch search, Duration freshness) {
        this.specs = List.copyOf(specs);
        this.search = search;
        this.freshnessNanos = freshness.toNanos();
    }

    /** Dashboards read raw events only. */
    public static Rollups none() {
        return new Rollups(List.of(), null, Duration.ZERO);
    }

    /** The rollup of the dataset with its current watermark; none when there is none or it never ran. */
    Optional<RolledUp> of(Dataset dataset) {
        return specs.stream()
                .filter(spec -> spec.source().pattern().equals(dataset.index()) && spec.timeField().equals(dataset.timeField()))
                .findFirst()
                .flatMap(spec -> watermark(spec).map(watermark -> new RolledUp(spec, watermark)));
    }

    private Optional<Instant> watermark(RollupSpec spec) {
        long now = System.nanoTime();
        Read read = reads.get(spec.dataset());
        if (read == null || now - read.readAtNanos() >= freshnessNanos) {
            read = new Read(readWatermark(spec), now);
            reads.put(spec.dataset(), read);
        }
        return read.watermark();
    }

    private Optional<Instant> readWatermark(RollupSpec spec) {
        ObjectNode body = NODES.objectNode();
        body.putObject("query").putObject("ids").putArray("values").add(spec.dataset());
        JsonNode hits = search.search(RollupSpec.STATE.pattern(), body).path("hits").path("hits");
        JsonNode watermark = hits.path(0).path("_source").path(RollupSpec.WATERMARK_FIELD);
        return watermark.isNumber() ? Optional.of(Instant.ofEpochMilli(watermark.asLong())) : Optional.empty();
    }
}
