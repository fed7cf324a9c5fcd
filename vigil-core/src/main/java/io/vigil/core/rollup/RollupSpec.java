package io.vigil.core.rollup;

import io.vigil.core.pipeline.IndexSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pre-aggregated counts of a time-based dataset per hour, day or week, so that dashboards over days and weeks
 * read thousands of rows instead of millions of events. A rollup document holds one period, the values of
 * the common {@code dimensions}, the whole value sets of the multi-valued {@code sets} fields (an event
 * of an account shared by two projects is one row naming both, as in the source), one group's
 * fields, and in {@code _doc_count} how many events it stands for: the engines' bucket aggregations
 * count it as that many documents.
 *
 * <p>Whole periods before a watermark (the start of an hour) are rolled up; a search splits its time
 * range into rolled-up periods and raw events around them, the hours from the watermark on included.
 *
 * @param source     the index family of the events
 * @param index      the index family of the rollup documents (one month per index, as the source)
 * @param timeField  the events' time field; a rollup document carries its period's start there
 * @param dimensions single-valued fields every group keeps
 * @param sets       multi-valued fields every group keeps as the event's whole set of values
 * @param groups     the pre-aggregations, those with the fewest rows first (a search takes the first that
 *                   holds its fields and fits its time range)
 */
public record RollupSpec(String dataset, IndexSpec source, IndexSpec index, String timeField, List<String> dimensions,
                         List<String> sets, List<RollupGroup> groups) {

    /** The keyword field naming a rollup document's group. */
    public static final String GROUP_FIELD = "vigil.rollup.group";
    /** The epoch milliseconds of the run that wrote a rollup document (its version). */
    public static final String RUN_FIELD = "vigil.rollup.run";
    /**
     * Where each rollup's watermark is kept: one document per rollup, id the rollup's dataset,
     * {@code watermark} in epoch ms: every group holds every whole period of its own before it.
     */
    public static final IndexSpec STATE = new IndexSpec("vigil-rollup-state", IndexSpec.Rollover.NONE,
            "io/vigil/core/rollup/rollup-state-mappings.json", null);
    public static final String STATE_DATASET = "rollup-state";
    public static final String WATERMARK_FIELD = "watermark";

    public RollupSpec {
        dimensions = List.copyOf(dimensions);
        sets = List.copyOf(sets);
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("rollup " + dataset + " has no groups");
        }
    }

    /** The groups that hold every field a search filters or aggregates on, those with the fewest rows first. */
    public List<RollupGroup> groupsFor(Set<String> fields) {
        return groups.stream().filter(group -> held(group).containsAll(fields)).toList();
    }

    /** Every field a group's documents hold, the time field included. */
    public Set<String> held(RollupGroup group) {
        Set<String> held = new HashSet<>(dimensions);
        held.addAll(sets);
        held.addAll(group.fields());
        if (group.centroid() != null) {
            held.add(group.centroid());
        }
        held.add(timeField);
        return held;
    }
}
