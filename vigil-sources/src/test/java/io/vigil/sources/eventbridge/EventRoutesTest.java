package io.vigil.sources.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sources.SourceCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventRoutesTest {

    private final EventRoutes routes = EventRoutes.standard();

    @ParameterizedTest
    @ValueSource(strings = {"AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail",
            "AWS Console Signin via CloudTrail", "AWS Console Action via CloudTrail", "AWS Service Event via CloudTrail",
            "AWS Insight via CloudTrail"})
    void cloudTrailEventsOfEveryAwsServiceGoToCloudTrail(String detailType) {
        for (String source : List.of("aws.s3", "aws.signin", "aws.iam", "aws.cloudtrail", "aws.sts")) {
            assertThat(routes.datasetFor(source, detailType)).contains("cloudtrail");
        }
    }

    @Test
    void findingEventsGoToTheirSources() {
        assertThat(routes.datasetFor("aws.guardduty", "GuardDuty Finding")).contains("guardduty");
        assertThat(routes.datasetFor("aws.inspector2", "Inspector2 Finding")).contains("inspector");
        assertThat(routes.datasetFor("aws.securityhub", "Security Hub Findings - Imported")).contains("securityhub");
        assertThat(routes.datasetFor("aws.securityhub", "Security Hub Findings - Custom Action")).contains("securityhub");
    }

    @Test
    void otherEventsHaveNoRoute() {
        assertThat(routes.datasetFor("aws.inspector2", "Inspector2 Scan")).isEmpty();
        assertThat(routes.datasetFor("aws.codepipeline", "CodePipeline Pipeline Execution State Change")).isEmpty();
        // the detail-type alone is not enough: a custom application can put any detail-type on a bus
        assertThat(routes.datasetFor("com.example.app", "AWS API Call via CloudTrail")).isEmpty();
        assertThat(routes.datasetFor("aws.s3", "aws api call via cloudtrail")).isEmpty();
    }

    @Test
    void exactAndPrefixSources() {
        EventRoutes table = new EventRoutes(List.of(new EventRoute("aws.guardduty", "GuardDuty Finding", "guardduty"),
                new EventRoute("aws.*", "GuardDuty Finding", "other")));
        assertThat(table.datasetFor("aws.guardduty", "GuardDuty Finding")).contains("guardduty");
        assertThat(table.datasetFor("aws.guarddutyx", "GuardDuty Finding")).contains("other");
        assertThat(table.datasetFor("aws", "GuardDuty Finding")).isEmpty();
        assertThat(table.datasets()).containsExactly("guardduty", "other");
        assertThat(table.all().get(0)).hasToString("source aws.guardduty and detail-type 'GuardDuty Finding' to guardduty");
    }

    @Test
    void everyStandardRouteLeadsToARegisteredDataset() {
        assertThat(routes.datasets()).containsExactly("cloudtrail", "guardduty", "inspector", "securityhub")
                .allSatisfy(dataset -> assertThat(SourceCatalog.datasets().find(dataset)).isPresent());
    }
}
