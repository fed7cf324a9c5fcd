package io.vigil.sources.inspector;

import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.finding.FindingRecordDecoder;
import io.vigil.sources.finding.FindingsIndex;

/**
 * The {@code inspector} dataset: Amazon Inspector findings (v2 {@code ListFindings} output and
 * EventBridge "Inspector2 Finding" events; Inspector Classic {@code DescribeFindings} output as an
 * import format) into the finding events and the latest state of each finding.
 */
public final class InspectorDataset {

    public static final String NAME = "inspector";

    private InspectorDataset() {
    }

    public static Dataset create() {
        return new Dataset(NAME, FindingsIndex.EVENTS, new FindingRecordDecoder(), new InspectorNormalizer());
    }
}
