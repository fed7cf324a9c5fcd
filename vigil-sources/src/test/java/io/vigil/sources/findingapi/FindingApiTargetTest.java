package io.vigil.sources.findingapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.config.AwsAccountConfig;
import io.vigil.core.config.AwsConfig;
import io.vigil.sources.aws.SystemProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingApiTargetTest {

    @Test
    void everyRegionOfEveryAccountAndTheDefaultRegionForAnAccountWithout() {
        AwsConfig aws = new AwsConfig(List.of(
                new AwsAccountConfig("prod", null, null, null, List.of("eu-west-1", "us-east-1")),
                new AwsAccountConfig("audit", null, null, null, List.of())));

        try (SystemProperties properties = new SystemProperties().set("aws.region", "eu-central-1")) {
            assertThat(FindingApiTarget.of(aws)).containsExactly(
                    new FindingApiTarget("prod", "eu-west-1"),
                    new FindingApiTarget("prod", "us-east-1"),
                    new FindingApiTarget("audit", "eu-central-1"));
            assertThat(FindingApiTarget.of(AwsConfig.defaults()))
                    .containsExactly(new FindingApiTarget("default", "eu-central-1"));
        }
    }
}
