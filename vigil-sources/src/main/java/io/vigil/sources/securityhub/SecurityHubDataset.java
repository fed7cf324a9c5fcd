package io.vigil.sources.securityhub;

import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.finding.FindingRecordDecoder;
import io.vigil.sources.finding.FindingsIndex;

/**
 * The {@code securityhub} dataset: AWS Security Hub findings in the AWS Security Finding Format (ASFF),
 * from EventBridge "Security Hub Findings - Imported" and "Custom Action" events, {@code GetFindings}
 * output and bare arrays, each update as an event in {@code vigil-finding-events-YYYY.MM} and as the
 * latest state of its finding in {@code vigil-findings}. Security Hub's copies of GuardDuty and
 * Inspector findings update the GuardDuty and Inspector findings themselves.
 */
public final class SecurityHubDataset {

    public static final String NAME = "securityhub";

    private SecurityHubDataset() {
    }

    public static Dataset create() {
        return new Dataset(NAME, FindingsIndex.EVENTS, new FindingRecordDecoder(), new SecurityHubNormalizer());
    }
}
