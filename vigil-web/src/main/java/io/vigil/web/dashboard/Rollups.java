package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.rollup.RollupSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rollups dashboards may read instead of raw events, each with the watermark its job last
 * published. The watermark is read from the engine for every request (one small search), so a
 * search never pairs a watermark with rollup documents of another run.
 */
public final class Rollups {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<RollupSpec> specs;
    private final DashboardSearch search;

    public Rollups(List<RollupSpec> specs, DashboardSearch search) {
        this.specs = List.copyOf(specs);
        this.search = search;
    }

    /** Dashboards read raw events only. */
    public static Rollups none() {
        return new Rollups(List.of(), null);
    }

    /** The rollup of the dataset with its current watermark; none when there is none or it never ran. */
    Optional<RolledUp> of(Dataset dataset) {
        return specs.stream()
                .filter(spec -> spec.source().pattern().equals(dataset.index()) && spec.timeField().equals(dataset.timeField()))
                .findFirst()
                .flatMap(spec -> watermark(spec).map(watermark -> new RolledUp(spec, watermark)));
    }

    private Optional<Instant> watermark(RollupSpec spec) {
        ObjectNode body = NODES.objectNode();
        body.putObject("query").putObject("ids").putArray("values").add(spec.dataset());
        JsonNode hits = search.search(RollupSpec.STATE.pattern(), body).path("hits").path("hits");
        JsonNode watermark = hits.path(0).path("_source").path(RollupSpec.WATERMARK_FIELD);
        return watermark.isNumber() ? Optional.of(Instant.ofEpochMilli(watermark.asLong())) : Optional.empty();
    }
}
