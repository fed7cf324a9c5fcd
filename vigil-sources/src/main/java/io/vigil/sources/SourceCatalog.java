package io.vigil.sources;

import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.sources.ecs.EcsDataset;

/** Every dataset Vigil can ingest, registered here and nowhere else. */
public final class SourceCatalog {

    private SourceCatalog() {
    }

    public static DatasetRegistry datasets() {
        return new DatasetRegistry()
                .register(EcsDataset.create())
                .register(io.vigil.sources.cloudtrail.CloudTrailDataset.create());
    }
}
