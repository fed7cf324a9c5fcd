package io.vigil.sources.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import io.vigil.sources.aws.LocalSqs;
import io.vigil.sources.aws.RecordingSink;
import io.vigil.sources.aws.TrailFiles;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The S3 → SQS path of {@code vigil serve}, with the real SDK clients against an SQS-compatible
 * server (ElasticMQ) and an S3-compatible server (S3Proxy), both in this JVM.
 */
class SqsCollectorIT {

    private static final String BUCKET = "vigil-events";
    private static final String ACCOUNT = "111122223333";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 5);
    private static final String FIRST = TrailFiles.key("", null, ACCOUNT, "us-east-1", DAY, "first");
    private static final String SECOND = TrailFiles.key("", null, ACCOUNT, "us-east-1", DAY, "second");
    /** A key with a space, which S3 notifications encode as '+'. */
    private static final String SPACED = TrailFiles.key("exports/my trail/", null, ACCOUNT, "us-east-1", DAY, "third");
    private static final String MISSING = TrailFiles.key("", null, ACCOUNT, "us-east-1", DAY, "missing");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger QUEUES = new AtomicInteger();

    private static LocalS3 s3Server;
    private static LocalSqs sqsServer;
    private static AwsClients aws;
    private static S3Client s3;
    private static SqsClient sqs;

    private RecordingSink sink;
    private final List<SqsCollector> collectors = new ArrayList<>();
    private String queue;
    private String deadLetterQueue;

    @BeforeAll
    static void startServers() throws Exception {
        s3Server = LocalS3.start();
        sqsServer = LocalSqs.start();
        aws = AwsClients.defaultChain();
        s3 = aws.s3(null);
        sqs = aws.sqs(null);
        s3.createBucket(request -> request.bucket(BUCKET));
        put(FIRST, TrailFiles.logFile(ACCOUNT, "us-east-1", DAY, "first", 3));
        put(SECOND, TrailFiles.logFile(ACCOUNT, "us-east-1", DAY, "second", 2));
        put(SPACED, TrailFiles.logFile(ACCOUNT, "us-east-1", DAY, "third", 4));
    }

    @AfterAll
    static void stopServers() throws Exception {
        aws.close();
        sqsServer.close();
        s3Server.close();
    }

    @BeforeEach
    void queueWithDeadLetterQueue() {
        sink = new RecordingSink();
        String name = "cloudtrail-" + QUEUES.incrementAndGet();
        deadLetterQueue = sqs.createQueue(request -> request.queueName(name + "-dlq")).queueUrl();
        String deadLetterArn = sqs.getQueueAttributes(request -> request.queueUrl(deadLetterQueue)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        queue = sqs.createQueue(request -> request.queueName(name).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\"3\"}"))).queueUrl();
    }

    @AfterEach
    void stopCollectors() {
        collectors.forEach(collector -> collector.stop(Duration.ofSeconds(10)));
        sink.close();
    }

    @Test
    void directSnsWrappedAndEventBridgeNotificationsAreIngestedAndTheirMessagesDeleted() {
        send(Notifications.s3Event(BUCKET, FIRST));
        send(Notifications.snsWrapped(Notifications.s3Event(BUCKET, SECOND)));
        send(Notifications.eventBridge("Object Created", BUCKET, SPACED));
        send(Notifications.testEvent(BUCKET));
        SqsCollector collector = start(Duration.ofSeconds(30), 2);

        await(() -> collector.status().deleted() == 4);

        assertThat(sink.documents()).hasSize(3 + 2 + 4);
        assertThat(sink.documents()).containsKeys(TrailFiles.eventId("first", 2), TrailFiles.eventId("second", 1),
                TrailFiles.eventId("third", 3));
        assertThat(sink.documents().get(TrailFiles.eventId("third", 0)).location().input())
                .isEqualTo("s3://" + BUCKET + "/" + SPACED);
        assertThat(sink.deadLetters()).isEmpty();
        assertThat(messagesIn(queue)).isZero();
        SqsCollectorStatus status = collector.status();
        assertThat(status.received()).isEqualTo(4);
        assertThat(status.objects()).isEqualTo(3);
        assertThat(status.documents()).isEqualTo(9);
        assertThat(status.retried()).isZero();
    }

    @Test
    void aMessageIsDeletedOnlyAfterItsDocumentsWereAcknowledgedAndStaysHiddenMeanwhile() throws Exception {
        sink.hold();
        send(Notifications.s3Event(BUCKET, FIRST, SECOND));
        SqsCollector collector = start(Duration.ofSeconds(2), 2);

        await(() -> collector.status().received() == 1);
        // three visibility timeouts: without the extensions the message would have been received again
        Thread.sleep(6_000);
        assertThat(collector.status().received()).isEqualTo(1);
        assertThat(collector.status().deleted()).isZero();
        assertThat(hiddenIn(queue)).isEqualTo(1);
        assertThat(sink.documents()).isEmpty();

        sink.release();

        await(() -> collector.status().deleted() == 1);
        assertThat(sink.documents()).hasSize(3 + 2);
        assertThat(messagesIn(queue) + hiddenIn(queue)).isZero();
    }

    @Test
    void aMessageWhoseObjectIsMissingIsRetriedThenDeadLetteredAndMovedToTheDeadLetterQueue() {
        String body = Notifications.s3Event(BUCKET, MISSING);
        send(body);
        SqsCollector collector = start(Duration.ofSeconds(1), 2);

        await(() -> messagesIn(deadLetterQueue) == 1);

        SqsCollectorStatus status = collector.status();
        assertThat(status.received()).isEqualTo(3);
        assertThat(status.retried()).isEqualTo(2);
        assertThat(status.deadLettered()).isEqualTo(1);
        assertThat(status.deleted()).isZero();
        assertThat(status.lastProblem()).contains(MISSING).contains("NoSuchKey");
        await(() -> sink.deadLetters().size() == 1);
        DeadLetter letter = sink.deadLetters().values().iterator().next();
        assertThat(letter.dataset()).isEqualTo("cloudtrail");
        assertThat(letter.raw()).isEqualTo(body);
        assertThat(letter.location().input()).startsWith(queue + " message ");
        assertThat(letter.reason()).contains("s3://" + BUCKET + "/" + MISSING).contains("NoSuchKey")
                .contains("receive 3 of 3");
    }

    @Test
    void aMessageFailedByTheStoreComesBackAndSucceedsOnceTheStoreIsBack() {
        sink.failing(true);
        send(Notifications.s3Event(BUCKET, FIRST));
        SqsCollector collector = start(Duration.ofSeconds(1), 1);

        await(() -> collector.status().retried() == 1);
        assertThat(collector.status().deleted()).isZero();
        sink.failing(false);

        await(() -> collector.status().deleted() == 1);
        assertThat(sink.documents()).hasSize(3);
        assertThat(messagesIn(deadLetterQueue)).isZero();
    }

    @Test
    void anUnreadableMessageIsDeadLetteredAndDeleted() {
        send("this is not a notification");
        SqsCollector collector = start(Duration.ofSeconds(30), 1);

        await(() -> collector.status().deleted() == 1);

        assertThat(collector.status().deadLettered()).isEqualTo(1);
        assertThat(sink.deadLetters().values()).singleElement().satisfies(letter -> {
            assertThat(letter.raw()).isEqualTo("this is not a notification");
            assertThat(letter.reason()).startsWith("the message body is not JSON");
        });
        assertThat(messagesIn(queue) + hiddenIn(queue) + messagesIn(deadLetterQueue)).isZero();
    }

    @Test
    void stoppingFinishesTheMessagesInFlight() throws Exception {
        sink.hold();
        send(Notifications.s3Event(BUCKET, FIRST));
        SqsCollector collector = start(Duration.ofSeconds(30), 1);
        await(() -> collector.status().received() == 1);
        Thread.sleep(500);

        Thread releaser = new Thread(() -> {
            sleep(1_000);
            sink.release();
        });
        releaser.start();
        boolean finished = collector.stop(Duration.ofSeconds(30));
        releaser.join();

        assertThat(finished).isTrue();
        assertThat(collector.status().deleted()).isEqualTo(1);
        assertThat(sink.documents()).hasSize(3);
        assertThat(messagesIn(queue) + hiddenIn(queue)).isZero();
    }

    @Test
    void aMessageNotFinishedWhenStoppingComesBackForTheNextCollector() throws Exception {
        sink.hold();
        send(Notifications.s3Event(BUCKET, SECOND));
        SqsCollector first = start(Duration.ofSeconds(2), 1);
        await(() -> first.status().received() == 1);

        assertThat(first.stop(Duration.ofMillis(500))).isFalse();
        assertThat(first.status().deleted()).isZero();

        RecordingSink stalled = sink;
        sink = new RecordingSink();
        SqsCollector second = start(Duration.ofSeconds(2), 1);
        await(() -> second.status().deleted() == 1);
        assertThat(sink.documents()).hasSize(2);
        stalled.close();
    }

    private SqsCollector start(Duration visibility, int concurrency) {
        SqsCollectorConfig config = new SqsCollectorConfig(CloudTrailDataset.NAME, queue, null, null, 3, visibility,
                concurrency);
        SqsCollector collector = new SqsCollector(config, sqs, s3, new Pipeline(List.of(), sink, Clock.systemUTC()),
                CloudTrailDataset.create(), sink, Clock.systemUTC(), Duration.ofSeconds(1));
        collectors.add(collector);
        collector.start();
        return collector;
    }

    private void send(String body) {
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(body));
    }

    private int messagesIn(String url) {
        return attribute(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    private int hiddenIn(String url) {
        return attribute(url, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    }

    private static int attribute(String url, QueueAttributeName name) {
        return Integer.parseInt(sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(name))
                .attributes().get(name));
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + TIMEOUT);
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(String key, byte[] content) {
        LocalS3.upload(s3, BUCKET, key, content);
    }
}
