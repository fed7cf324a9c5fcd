package io.vigil.sources.cloudtrail;

import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.IndexSpec;
import java.time.Duration;

/**
 * The {@code cloudtrail} dataset: CloudTrail records in any of their delivered forms (log files,
 * plain or gzip, single records, NDJSON, Insights, EventBridge, CloudWatch Logs, LookupEvents) into
 * {@code vigil-cloudtrail-YYYY.MM}, one document per record with {@code _id} = {@code eventID}.
 */
public final class CloudTrailDataset {

    public static final String NAME = "cloudtrail";

    /** Kept 400 days by default: a year of audit history plus a margin for year-over-year questions. */
    public static final IndexSpec INDEX = new IndexSpec("vigil-cloudtrail", IndexSpec.Rollover.MONTHLY,
            "io/vigil/sources/cloudtrail/cloudtrail-mappings.json", Duration.ofDays(400));

    private CloudTrailDataset() {
    }

    public static Dataset create() {
        return new Dataset(NAME, INDEX, new CloudTrailDecoder(), new CloudTrailNormalizer());
    }
}
