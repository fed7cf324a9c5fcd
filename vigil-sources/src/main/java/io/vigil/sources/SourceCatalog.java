package io.vigil.sources;

import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.cloudtrail.CloudTrailRollup;
import io.vigil.sources.ecs.EcsDataset;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.guardduty.GuardDutyDataset;
import io.vigil.sources.inspector.InspectorDataset;
import io.vigil.sources.s3.AwsLogsLayout;
import io.vigil.sources.securityhub.SecurityHubDataset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every dataset Vigil can ingest, registered here and nowhere else, with how AWS lays it out in S3. */
public final class SourceCatalog {

    private static final Map<String, AwsLogsLayout> S3_LAYOUTS = new TreeMap<>(Map.of(
            CloudTrailDataset.NAME, AwsLogsLayout.CLOUDTRAIL,
            GuardDutyDataset.NAME, AwsLogsLayout.GUARDDUTY));

    private SourceCatalog() {
    }

    public static DatasetRegistry datasets() {
        return new DatasetRegistry()
                .register(EcsDataset.create())
                .register(CloudTrailDataset.create())
                .register(GuardDutyDataset.create())
                .register(InspectorDataset.create())
                .register(SecurityHubDataset.create())
                .registerDerived(FindingsIndex.STATE_DATASET, FindingsIndex.STATE)
                .registerDerived(CloudTrailRollup.NAME, CloudTrailRollup.SPEC.index())
                .registerDerived(RollupSpec.STATE_DATASET, RollupSpec.STATE);
    }

    /** The hourly rollups kept beside the datasets, for dashboards over long time ranges. */
    public static List<RollupSpec> rollups() {
        return List.of(CloudTrailRollup.SPEC);
    }

    /** The datasets an {@code s3://} backfill can read. */
    public static Set<String> s3Datasets() {
        return S3_LAYOUTS.keySet();
    }

    /** The {@code AWSLogs/...} layout an {@code s3://} backfill of the dataset lists, if AWS delivers it to S3. */
    public static Optional<AwsLogsLayout> s3Layout(String dataset) {
        return Optional.ofNullable(S3_LAYOUTS.get(dataset));
    }
}
