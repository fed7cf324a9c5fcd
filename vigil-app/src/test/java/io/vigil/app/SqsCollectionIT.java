package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.CollectorsConfig;
import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.config.WebConfig;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import io.vigil.sources.aws.LocalSqs;
import io.vigil.web.keys.KeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code vigil serve} with an SQS collector in its configuration: an S3 notification on a local
 * SQS-compatible queue brings a CloudTrail log file from a local S3 server into the embedded engine,
 * and the message is deleted once the engine has the records.
 */
class SqsCollectionIT {

    private static final String BUCKET = "trail-bucket";
    private static final String KEY = "AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/111111111111_CloudTrail_eu-central-1_20171211T1505Z_c.json.gz";

    @TempDir
    Path dir;

    @Test
    void notifiedObjectIsIndexedAndItsMessageDeleted() throws Exception {
        Path log = Path.of(System.getProperty("vigil.fixtures", "../shared/fixtures"),
                "cloudtrail", "trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json.gz");
        if (!Files.isRegularFile(log) && "true".equals(System.getenv("CI"))) {
            Assertions.fail("fixture missing: " + log);
        }
        Assumptions.assumeTrue(Files.isRegularFile(log), "fixtures not found at " + log);
        try (LocalS3 s3 = LocalS3.start(); LocalSqs sqs = LocalSqs.start(); AwsClients aws = AwsClients.defaultChain()) {
            s3.createBucket(BUCKET);
            LocalS3.upload(aws.s3(null), BUCKET, KEY, Files.readAllBytes(log));
            String queue = aws.sqs(null).createQueue(create -> create.queueName("cloudtrail-objects")).queueUrl();
            aws.sqs(null).sendMessage(send -> send.queueUrl(queue).messageBody(
                    "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
                            + "\"s3\":{\"bucket\":{\"name\":\"" + BUCKET + "\"},\"object\":{\"key\":\"" + KEY + "\"}}}]}"));

            VigilConfig config = new VigilConfig(dir.resolve("data"), null, WebConfig.defaults().withPort(0), null, null, null,
                    null, new CollectorsConfig(List.of(new SqsCollectorConfig("cloudtrail", queue, null, LocalS3.REGION, 3,
                    Duration.ofSeconds(30), 2))), null);
            try (Vigil vigil = Vigil.open(config, Map.of(), false);
                 VigilServer server = new VigilServer(vigil, new KeyStore(config.dataDir(), Clock.systemUTC()), Map.of())) {
                server.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                long indexed = 0;
                while (indexed < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    vigil.engine().backend().refresh("vigil-cloudtrail-*");
                    indexed = vigil.engine().backend().count("vigil-cloudtrail-*");
                }
                assertThat(indexed).isEqualTo(2); // the two records of the log file
                long remaining = Long.MAX_VALUE;
                while (remaining > 0 && System.nanoTime() < deadline) {
                    Map<QueueAttributeName, String> attributes = aws.sqs(null).getQueueAttributes(get -> get.queueUrl(queue)
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                    remaining = attributes.values().stream().mapToLong(Long::parseLong).sum();
                    Thread.sleep(200);
                }
                assertThat(remaining).isZero();
            }
        }
    }
}
