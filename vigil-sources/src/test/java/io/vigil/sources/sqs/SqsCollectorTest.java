package io.vigil.sources.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.config.ConfigException;
import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.aws.RecordingSink;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsCollectorTest {

    @Test
    void theRegionOfAQueueComesFromItsUrl() {
        assertThat(SqsCollector.regionOf("https://sqs.eu-west-1.amazonaws.com/111122223333/cloudtrail")).contains("eu-west-1");
        assertThat(SqsCollector.regionOf("https://sqs.cn-north-1.amazonaws.com.cn/111122223333/cloudtrail"))
                .contains("cn-north-1");
        assertThat(SqsCollector.regionOf("http://127.0.0.1:9324/000000000000/cloudtrail")).isEmpty();
    }

    @Test
    void aVisibilityTimeoutOutsideSqsLimitsIsRefused() {
        RecordingSink sink = new RecordingSink();
        SqsCollectorConfig config = new SqsCollectorConfig("cloudtrail", "https://sqs.eu-west-1.amazonaws.com/1/q", null,
                null, 5, Duration.ofMillis(500), 4);

        assertThatThrownBy(() -> new SqsCollector(config, null, null, new Pipeline(List.of(), sink, Clock.systemUTC()),
                CloudTrailDataset.create(), sink, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("collectors.sqs visibility_timeout of https://sqs.eu-west-1.amazonaws.com/1/q must be from 1s"
                        + " to 12h (SQS's limits), got PT0.5S");
        sink.close();
    }
}
