package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.CollectorsConfig;
import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.config.WebConfig;
import io.vigil.sources.SharedFixtures;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code vigil serve} with SQS collectors in its configuration: S3 notifications on local
 * SQS-compatible queues bring a CloudTrail log file and a GuardDuty export from a local S3 server into
 * the embedded engine, and each message is deleted once the engine has the records.
 */
class SqsCollectionIT {

    private static final String BUCKET = "trail-bucket";
    private static final String KEY = "AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/111111111111_CloudTrail_eu-central-1_20171211T1505Z_c.json.gz";
    private static final String EXPORT_KEY = "AWSLogs/123412341234/GuardDuty/us-east-1/2022/11/22/c1f0-ab12.jsonl";

    @TempDir
    Path dir;

    @Test
    void notifiedObjectsAreIndexedAndTheirMessagesDeleted() throws Exception {
        Path log = SharedFixtures.path("cloudtrail/trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json.gz");
        byte[] export = SharedFixtures.bytes("guardduty/elastic-integrations_test-guardduty_s3-export.log");
        try (LocalS3 s3 = LocalS3.start(); LocalSqs sqs = LocalSqs.start(); AwsClients aws = AwsClients.defaultChain()) {
            s3.createBucket(BUCKET);
            LocalS3.upload(aws.s3(null), BUCKET, KEY, Files.readAllBytes(log));
            LocalS3.upload(aws.s3(null), BUCKET, EXPORT_KEY, export);
            String trailQueue = notified(aws, "cloudtrail-objects", KEY);
            String findingQueue = notified(aws, "guardduty-objects", EXPORT_KEY);

            VigilConfig config = new VigilConfig(dir.resolve("data"), null, WebConfig.defaults().withPort(0), null, null, null,
                    null, new CollectorsConfig(List.of(
                            new SqsCollectorConfig("cloudtrail", trailQueue, null, LocalS3.REGION, 3, Duration.ofSeconds(30), 2),
                            new SqsCollectorConfig("guardduty", findingQueue, null, LocalS3.REGION, 3, Duration.ofSeconds(30), 2)),
                    null), null, null, null);
            try (Vigil vigil = Vigil.open(config, Map.of(), false);
                 VigilServer server = new VigilServer(vigil, new KeyStore(config.dataDir(), Clock.systemUTC()), Map.of())) {
                server.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                // the two records of the log file; the five findings of the export, one latest state each
                assertThat(awaitCount(vigil, "vigil-cloudtrail-*", 2, deadline)).isEqualTo(2);
                assertThat(awaitCount(vigil, "vigil-findings", 5, deadline)).isEqualTo(5);
                for (String queue : List.of(trailQueue, findingQueue)) {
                    long remaining = Long.MAX_VALUE;
                    while (remaining > 0 && System.nanoTime() < deadline) {
                        Map<QueueAttributeName, String> attributes = aws.sqs(null).getQueueAttributes(get -> get.queueUrl(queue)
                                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                        remaining = attributes.values().stream().mapToLong(Long::parseLong).sum();
                        Thread.sleep(200);
                    }
                    assertThat(remaining).as(queue).isZero();
                }
            }
        }
    }

    /** A queue with one S3 "object created" notification of the key. */
    private static String notified(AwsClients aws, String name, String key) {
        String queue = aws.sqs(null).createQueue(create -> create.queueName(name)).queueUrl();
        aws.sqs(null).sendMessage(send -> send.queueUrl(queue).messageBody(
                "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
                        + "\"s3\":{\"bucket\":{\"name\":\"" + BUCKET + "\"},\"object\":{\"key\":\"" + key + "\"}}}]}"));
        return queue;
    }

    private static long awaitCount(Vigil vigil, String index, long wanted, long deadline) throws InterruptedException {
        long count = 0;
        while (count < wanted && System.nanoTime() < deadline) {
            Thread.sleep(500);
            vigil.engine().backend().refresh(index);
            count = vigil.engine().backend().count(index);
        }
        return count;
    }
}
