package io.vigil.sources.eventbridge;

import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.guardduty.GuardDutyDataset;
import io.vigil.sources.inspector.InspectorDataset;
import io.vigil.sources.securityhub.SecurityHubDataset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routing table of {@code POST /ingest/eventbridge}: which dataset reads which events, by their
 * {@code source} and {@code detail-type}; the first matching row wins. An event no row matches is
 * dead-lettered.
 *
 * <p>A source that arrives through EventBridge adds its rows to {@link #standard()} together with its
 * dataset (the dataset's decoder must accept the whole EventBridge event). Still to come:
 * {@code aws.codepipeline} "CodePipeline ... State Change" to {@code codepipeline}.
 */
public final class EventRoutes {

    private static final List<EventRoute> STANDARD = List.of(
            // CloudTrail delivers the events of every AWS service, each with the service's own source
            // (aws.s3, aws.signin, aws.iam, ...). The EventBridge guide spells sign-in events "Signin";
            // the events themselves say "Sign In": both are routed.
            new EventRoute("aws.*", "AWS API Call via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.*", "AWS Console Sign In via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.*", "AWS Console Signin via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.*", "AWS Console Action via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.*", "AWS Service Event via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.*", "AWS Insight via CloudTrail", CloudTrailDataset.NAME),
            new EventRoute("aws.guardduty", "GuardDuty Finding", GuardDutyDataset.NAME),
            new EventRoute("aws.inspector2", "Inspector2 Finding", InspectorDataset.NAME),
            new EventRoute("aws.securityhub", "Security Hub Findings - Imported", SecurityHubDataset.NAME),
            new EventRoute("aws.securityhub", "Security Hub Findings - Custom Action", SecurityHubDataset.NAME));

    private final List<EventRoute> routes;

    public EventRoutes(List<EventRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The routes of the datasets Vigil has. */
    public static EventRoutes standard() {
        return new EventRoutes(STANDARD);
    }

    public List<EventRoute> all() {
        return routes;
    }

    /** Every dataset some route leads to. */
    public Set<String> datasets() {
        Set<String> datasets = new LinkedHashSet<>();
        routes.forEach(route -> datasets.add(route.dataset()));
        return datasets;
    }

    public Optional<String> datasetFor(String source, String detailType) {
        for (EventRoute route : routes) {
            if (route.matches(source, detailType)) {
                return Optional.of(route.dataset());
            }
        }
        return Optional.empty();
    }
}
