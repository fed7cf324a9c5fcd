package io.vigil.sources.cloudtrail;

import io.vigil.core.pipeline.IndexSpec;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of CloudTrail events for the CloudTrail dashboard, per hour and per day, each by account,
 * region, project and program: by event type; by service; by event and service; by what the sign-in
 * panel asks (event, MFA, identity type); by country of the source address; by everything about the
 * call (event, service, outcome, error, event type, MFA, identity type), for click filters on those; and
 * by user. Searches read whole weeks from the weekly group, the days around them from the daily groups
 * and the hours around those from the hourly ones. Source addresses, request parameters and error
 * messages stay in the events (the error table reads them there).
 *
 * <p>Only users are kept per week too: every instance and function session is a user, so a day has
 * nearly as many user rows as events while the same sessions recur all week; a month of top users
 * then reads four weeks of rows instead of thirty days of them. The other groups have few values
 * (event names, services, countries), so a day of them already holds far fewer rows than events.
 */
public final class CloudTrailRollup {

    public static final String NAME = "cloudtrail-rollup";

    /** Each group's fields; the map's group keeps the centre of the locations too. */
    private static final Map<String, List<String>> GROUPS = groups();
    private static final String LOCATION = "source.geo.location";
    private static final List<String> WEEKLY = List.of("user");

    public static final RollupSpec SPEC = new RollupSpec(NAME, CloudTrailDataset.INDEX,
            new IndexSpec("vigil-rollup-cloudtrail", IndexSpec.Rollover.MONTHLY,
                    "io/vigil/sources/cloudtrail/cloudtrail-rollup-mappings.json",
                    CloudTrailDataset.INDEX.defaultRetention()),
            "@timestamp",
            List.of("cloud.account.id", "cloud.region"),
            List.of("vigil.project", "vigil.program"),
            levels());

    private CloudTrailRollup() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("event_type", List.of("aws.cloudtrail.event_type"));
        groups.put("service", List.of("event.provider"));
        groups.put("event", List.of("event.action", "event.provider"));
        groups.put("sign_in", List.of("event.action", "aws.cloudtrail.mfa_used", "aws.cloudtrail.user_identity.type"));
        groups.put("location", List.of("source.geo.country_iso_code"));
        groups.put("activity", List.of("event.action", "event.provider", "event.outcome", "error.code",
                "aws.cloudtrail.event_type", "aws.cloudtrail.mfa_used", "aws.cloudtrail.user_identity.type"));
        groups.put("user", List.of("user.name"));
        return groups;
    }

    /** Every group per day, the weekly ones, then every group per hour: fewest rows first within each period. */
    private static List<RollupGroup> levels() {
        List<RollupGroup> levels = new ArrayList<>();
        GROUPS.forEach((id, fields) -> levels.add(group(id + "_daily", fields, RollupGroup.DAY)));
        WEEKLY.forEach(id -> levels.add(group(id + "_weekly", GROUPS.get(id), RollupGroup.WEEK)));
        GROUPS.forEach((id, fields) -> levels.add(group(id, fields, RollupGroup.HOUR)));
        return levels;
    }

    private static RollupGroup group(String id, List<String> fields, Duration period) {
        return new RollupGroup(id, fields, id.startsWith("location") ? LOCATION : null, period);
    }
}
