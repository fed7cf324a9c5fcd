package io.vigil.sources.finding;

import io.vigil.core.pipeline.IndexSpec;
import java.time.Duration;

/**
 * The two index families of findings: every update as an event ({@code vigil-finding-events-YYYY.MM},
 * named from the update time) and the latest state of each finding ({@code vigil-findings}, never
 * rolled over). Both share one mapping: a state is the newest event of its finding.
 */
public final class FindingsIndex {

    /** The derived dataset whose documents are the latest states. */
    public static final String STATE_DATASET = "findings";
    private static final String MAPPING = "io/vigil/sources/finding/finding-mappings.json";

    /** Update history kept 400 days: a year of remediation times plus a margin. */
    public static final IndexSpec EVENTS = new IndexSpec("vigil-finding-events", IndexSpec.Rollover.MONTHLY,
            MAPPING, Duration.ofDays(400), "finding.reported_by");
    public static final IndexSpec STATE = new IndexSpec("vigil-findings", IndexSpec.Rollover.NONE, MAPPING, null);

    private FindingsIndex() {
    }
}
