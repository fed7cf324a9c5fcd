package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AwsLogsLayoutTest {

    private static final AwsLogsLayout LAYOUT = AwsLogsLayout.CLOUDTRAIL;
    private static final DateRange ALL = DateRange.all();
    private static final DateRange MAY_2024 = new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));

    @Test
    void theDayOfALogFileComesFromItsFolder() {
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/"
                + "111122223333_CloudTrail_us-east-1_20240501T0005Z_Mu0KsOhtH1ar15ZZ.json.gz"))
                .contains(LocalDate.of(2024, 5, 1));
        assertThat(LAYOUT.logDay("trails/prod/AWSLogs/o-aa111bb222/111122223333/CloudTrail/eu-west-1/2023/12/31/x.json.gz"))
                .contains(LocalDate.of(2023, 12, 31));
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2024/05/01/x.json.gz"))
                .contains(LocalDate.of(2024, 5, 1));
    }

    @Test
    void otherKeysAreNoLogFiles() {
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2024/05/01/"
                + "111122223333_CloudTrail-Digest_us-east-1_trail_us-east-1_20240501T000000Z.json.gz")).isEmpty();
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/vpcflowlogs/us-east-1/2024/05/01/x.log.gz")).isEmpty();
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/CloudTrail/us-east-1/2024/02/30/x.json.gz")).isEmpty();
        assertThat(LAYOUT.logDay("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/deeper/x.json.gz")).isEmpty();
        assertThat(LAYOUT.logDay("exports/111122223333_CloudTrail_us-east-1_20240501T0005Z_x.json.gz")).isEmpty();
        assertThat(LAYOUT.logDay("MyAWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/x.json.gz")).isEmpty();
    }

    @Test
    void foldersOnTheWayToLogFilesAreListed() {
        assertThat(LAYOUT.mayHold("trails/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/o-aa111bb222/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/o-aa111bb222/111122223333/CloudTrail/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/CloudTrail/us-east-1/", ALL)).isTrue();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/", ALL)).isTrue();
    }

    @Test
    void otherServicesAndDigestsAreNotListed() {
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/CloudTrail-Digest/", ALL)).isFalse();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/vpcflowlogs/", ALL)).isFalse();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/elasticloadbalancing/", ALL)).isFalse();
        assertThat(LAYOUT.mayHold("AWSLogs/aws-account-id=111122223333/", ALL)).isFalse();
        assertThat(LAYOUT.mayHold("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/deeper/", ALL)).isFalse();
    }

    @Test
    void onlyYearsMonthsAndDaysOfTheRangeAreListed() {
        String region = "AWSLogs/111122223333/CloudTrail/us-east-1/";

        assertThat(LAYOUT.mayHold(region, MAY_2024)).isTrue();
        assertThat(LAYOUT.mayHold(region + "2024/", MAY_2024)).isTrue();
        assertThat(LAYOUT.mayHold(region + "2023/", MAY_2024)).isFalse();
        assertThat(LAYOUT.mayHold(region + "2024/05/", MAY_2024)).isTrue();
        assertThat(LAYOUT.mayHold(region + "2024/04/", MAY_2024)).isFalse();
        assertThat(LAYOUT.mayHold(region + "2024/05/31/", MAY_2024)).isTrue();
        assertThat(LAYOUT.mayHold(region + "2024/06/01/", MAY_2024)).isFalse();
        assertThat(LAYOUT.mayHold(region + "2024/13/", MAY_2024)).isFalse();
    }
}
