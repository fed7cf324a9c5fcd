package io.vigil.sources.ecs;

import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.sources.input.LineDecoder;
import java.time.Duration;

/** The {@code ecs} dataset: ready ECS documents as NDJSON (plain or gzip) into {@code vigil-ecs-YYYY.MM}. */
public final class EcsDataset {

    public static final String NAME = "ecs";

    public static final IndexSpec INDEX = new IndexSpec("vigil-ecs", IndexSpec.Rollover.MONTHLY,
            "io/vigil/sources/ecs/ecs-mappings.json", Duration.ofDays(400));

    private EcsDataset() {
    }

    public static Dataset create() {
        return new Dataset(NAME, INDEX, new LineDecoder(), new EcsNormalizer());
    }
}
