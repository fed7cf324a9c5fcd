package io.vigil.sources.guardduty;

import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.finding.FindingRecordDecoder;
import io.vigil.sources.finding.FindingsIndex;

/**
 * The {@code guardduty} dataset: GuardDuty findings as S3 exports (JSON lines, gzip), EventBridge
 * "GuardDuty Finding" events and {@code GetFindings} output, each update as an event in
 * {@code vigil-finding-events-YYYY.MM} and as the latest state of its finding in {@code vigil-findings}.
 */
public final class GuardDutyDataset {

    public static final String NAME = "guardduty";

    private GuardDutyDataset() {
    }

    public static Dataset create() {
        return new Dataset(NAME, FindingsIndex.EVENTS, new FindingRecordDecoder(), new GuardDutyNormalizer());
    }
}
