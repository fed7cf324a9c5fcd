package io.vigil.web.dashboard;

import io.vigil.core.rollup.RollupSpec;
import java.time.Instant;

/** A rollup of a dashboard's dataset and the watermark it counts up to, read for one request. */
public record RolledUp(RollupSpec spec, Instant watermark) {
}
