package io.vigil.sources.cloudtrail;

import io.vigil.core.pipeline.IndexSpec;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import java.util.List;

/**
 * Hourly counts of CloudTrail events for the CloudTrail dashboard: per account, region, project and
 * program, by event type; by service; by what was called and how (event, service, outcome, error,
 * event type, MFA, identity type); by country of the source address; and by user. Source addresses,
 * request parameters and error messages stay in the events (the error table reads them there).
 */
public final class CloudTrailRollup {

    public static final String NAME = "cloudtrail-rollup";

    public static final RollupSpec SPEC = new RollupSpec(NAME, CloudTrailDataset.INDEX,
            new IndexSpec("vigil-rollup-cloudtrail", IndexSpec.Rollover.MONTHLY,
                    "io/vigil/sources/cloudtrail/cloudtrail-rollup-mappings.json",
                    CloudTrailDataset.INDEX.defaultRetention()),
            "@timestamp",
            List.of("cloud.account.id", "cloud.region"),
            List.of("vigil.project", "vigil.program"),
            List.of(
                    new RollupGroup("event_type", List.of("aws.cloudtrail.event_type")),
                    new RollupGroup("service", List.of("event.provider")),
                    new RollupGroup("location", List.of("source.geo.country_iso_code"), "source.geo.location"),
                    new RollupGroup("activity", List.of("event.action", "event.provider", "event.outcome", "error.code",
                            "aws.cloudtrail.event_type", "aws.cloudtrail.mfa_used", "aws.cloudtrail.user_identity.type")),
                    new RollupGroup("user", List.of("user.name"))));

    private CloudTrailRollup() {
    }
}
