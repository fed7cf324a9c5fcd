package io.vigil.sources.sqs;

import io.vigil.core.concurrent.DaemonThreads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.ConfigException;
import io.vigil.core.config.SqsCollectorConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.pipeline.Sink;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.AwsErrors;
import io.vigil.sources.s3.S3ObjectIngest;
import io.vigil.sources.s3.S3Uri;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Ingests the S3 objects announced on an SQS queue, continuously ({@code vigil serve}). Messages are
 * long-polled; each one's objects are read through the pipeline, several at a time; a message is
 * deleted only once every document of every one of its objects was acknowledged by the store. While
 * a message is being worked on its visibility is extended, so a large object is not handed to another
 * reader. A message that fails (object missing, store down) is left on the queue and comes back after
 * its visibility timeout; on its last allowed receive ({@code max_receive_count}) its reason is
 * written as a dead letter and the queue's redrive policy moves it to the queue's dead-letter queue.
 * A message that is not an S3 notification can never succeed: it is dead-lettered and deleted.
 *
 * <p>Store acknowledgements arrive on the store's threads; everything that follows them (deleting,
 * writing dead letters) runs on this collector's own threads.
 */
public final class SqsCollector {

    private static final Logger LOG = LoggerFactory.getLogger(SqsCollector.class);
    /** SQS returns at most 10 messages per receive. */
    static final int MAX_MESSAGES = 10;
    /** The longest long poll SQS allows. */
    static final Duration LONG_POLL = Duration.ofSeconds(20);
    private static final Duration MAX_VISIBILITY = Duration.ofHours(12);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Pattern QUEUE_HOST = Pattern.compile("https?://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/.*");

    private final SqsCollectorConfig config;
    private final SqsClient sqs;
    private final S3ObjectIngest objects;
    private final Sink sink;
    private final Clock clock;
    private final int waitSeconds;
    private final int visibilitySeconds;
    private final long heartbeatMillis;
    /** Messages held at once: a full receive, or more when more objects are read at once. */
    private final int capacity;
    private final Semaphore slots;
    private final ExecutorService readers;
    private final ExecutorService settler;
    private final ScheduledExecutorService heartbeats;
    private final Thread poller;
    private final S3NotificationParser parser = new S3NotificationParser();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean running;

    private final LongAdder received = new LongAdder();
    private final LongAdder deleted = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder objectsRead = new LongAdder();
    private final LongAdder documents = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile String lastProblem;

    public SqsCollector(SqsCollectorConfig config, SqsClient sqs, S3Client s3, Pipeline pipeline, Dataset dataset,
                        Sink sink, Clock clock) {
        this(config, sqs, s3, pipeline, dataset, sink, clock, LONG_POLL);
    }

    /** With a shorter long poll, so that tests stop quickly; SQS itself is used as in production. */
    SqsCollector(SqsCollectorConfig config, SqsClient sqs, S3Client s3, Pipeline pipeline, Dataset dataset,
                 Sink sink, Clock clock, Duration receiveWait) {
        Duration visibility = config.visibilityTimeout();
        if (visibility.compareTo(Duration.ofSeconds(1)) < 0 || visibility.compareTo(MAX_VISIBILITY) > 0) {
            throw new ConfigException("collectors.sqs visibility_timeout of " + config.queueUrl()
                    + " must be from 1s to 12h (SQS's limits), got " + visibility);
        }
        this.config = config;
        this.sqs = sqs;
        this.objects = new S3ObjectIngest(s3, pipeline, dataset);
        this.sink = sink;
        this.clock = clock;
        this.waitSeconds = (int) receiveWait.toSeconds();
        this.visibilitySeconds = (int) Math.max(1, visibility.toSeconds());
        this.heartbeatMillis = Math.max(100, visibility.toMillis() / 2);
        this.capacity = Math.max(MAX_MESSAGES, config.concurrency());
        this.slots = new Semaphore(capacity);
        this.readers = Executors.newFixedThreadPool(config.concurrency(), DaemonThreads.named("sqs-reader"));
        this.settler = Executors.newSingleThreadExecutor(DaemonThreads.named("sqs-settler"));
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sqs-visibility"));
        this.poller = DaemonThreads.named("sqs-poller").newThread(this::pollUntilStopped);
    }

    /**
     * The collector of a configuration, with the clients of its account. Without a configured region
     * the queue's region is read from its URL ({@code https://sqs.<region>.amazonaws.com/...}), else
     * the default region applies.
     */
    public static SqsCollector create(SqsCollectorConfig config, AwsClients aws, Pipeline pipeline, Dataset dataset,
                                      Sink sink, Clock clock) {
        String region = config.region() != null ? config.region() : regionOf(config.queueUrl()).orElse(null);
        return new SqsCollector(config, aws.sqs(region), aws.s3(region), pipeline, dataset, sink, clock);
    }

    static Optional<String> regionOf(String queueUrl) {
        Matcher m = QUEUE_HOST.matcher(queueUrl);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String queueUrl() {
        return config.queueUrl();
    }

    /** Starts receiving on a thread of its own; checks (and warns about) the queue's redrive policy first. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the collector of " + config.queueUrl() + " was already started");
        }
        running = true;
        checkRedrivePolicy();
        poller.start();
    }

    /**
     * Stops receiving, then waits up to {@code grace} for the messages in flight to be finished
     * (deleted, or left to come back). Messages received while stopping are handed back at once.
     * Returns whether every message was finished; any other comes back on the queue after its
     * visibility timeout, so no message is lost either way.
     */
    public boolean stop(Duration grace) {
        running = false;
        if (!stopped.compareAndSet(false, true)) {
            return inFlight.get() == 0;
        }
        boolean finished = false;
        try {
            if (started.get()) {
                poller.join();
            }
            finished = slots.tryAcquire(capacity, grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
        settler.shutdown();
        if (finished) {
            readers.shutdown();
        } else {
            readers.shutdownNow();
            LOG.warn("{}: {} message(s) were still being processed when stopping; they come back on the queue"
                    + " after their visibility timeout", config.queueUrl(), inFlight.get());
        }
        return finished;
    }

    public SqsCollectorStatus status() {
        return new SqsCollectorStatus(config.queueUrl(), running, received.sum(), deleted.sum(), retried.sum(),
                deadLettered.sum(), objectsRead.sum(), documents.sum(), inFlight.get(), lastProblem);
    }

    private void poll() {
        Duration backoff = Duration.ZERO;
        while (running) {
            int wanted = reserve();
            if (wanted == 0) {
                continue;
            }
            List<Message> messages;
            try {
                messages = sqs.receiveMessage(request -> request
                        .queueUrl(config.queueUrl())
                        .maxNumberOfMessages(wanted)
                        .waitTimeSeconds(waitSeconds)
                        .visibilityTimeout(visibilitySeconds)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                        .messages();
                backoff = Duration.ZERO;
            } catch (SdkException e) {
                slots.release(wanted);
                problem("cannot receive from " + config.queueUrl() + ": " + AwsErrors.describe(e));
                backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                pause(backoff);
                continue;
            }
            slots.release(wanted - messages.size());
            for (Message message : messages) {
                if (running) {
                    accept(message);
                } else {
                    handBack(message);
                }
            }
        }
    }

    /** Keeps receiving whatever one message does: a message not settled comes back on the queue anyway. */
    private void pollUntilStopped() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                problem(config.queueUrl() + ": receiving stopped on an unexpected error, restarting: " + e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Waits for room for at least one message; returns how many may be received (0 when stopping). */
    private int reserve() {
        try {
            while (running) {
                if (slots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    int more = slots.drainPermits();
                    int taken = Math.min(MAX_MESSAGES - 1, more);
                    slots.release(more - taken);
                    return 1 + taken;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return 0;
    }

    private void accept(Message message) {
        received.increment();
        inFlight.incrementAndGet();
        InFlight flight = new InFlight(message, receiveCount(message));
        flight.heartbeat = heartbeats.scheduleWithFixedDelay(() -> extend(flight), heartbeatMillis, heartbeatMillis,
                TimeUnit.MILLISECONDS);
        List<S3Uri> announced;
        try {
            announced = parser.objects(message.body());
        } catch (NotificationFormatException e) {
            settler.execute(() -> unreadable(flight, e.getMessage()));
            return;
        }
        List<CompletableFuture<DeliveryReport>> reads = announced.stream()
                .map(object -> CompletableFuture.supplyAsync(() -> objects.ingest(object), readers)
                        .thenCompose(Function.identity()))
                .toList();
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .whenCompleteAsync((ignored, failure) -> settle(flight, reads), settler);
    }

    /** Runs on the settler once every object of the message was acknowledged or failed. */
    private void settle(InFlight flight, List<CompletableFuture<DeliveryReport>> reads) {
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<DeliveryReport> read : reads) {
            if (read.isCompletedExceptionally()) {
                failures.add(reasonOf(read));
            }
        }
        try {
            if (failures.isEmpty()) {
                flight.heartbeat.cancel(false);
                for (CompletableFuture<DeliveryReport> read : reads) {
                    DeliveryReport report = read.join();
                    objectsRead.increment();
                    documents.add(report.indexed() + report.alreadyPresent());
                }
                delete(flight);
                return;
            }
            String reason = String.join("; ", failures);
            flight.heartbeat.cancel(false);
            if (flight.receiveCount >= config.maxReceiveCount()) {
                reason = reason + " (receive " + flight.receiveCount + " of " + config.maxReceiveCount()
                        + "; the message is left to the queue's redrive policy and its dead-letter queue)";
                deadLettered.increment();
                deadLetter(flight, reason).completion().whenComplete((report, failure) -> {
                    if (failure != null) {
                        LOG.warn("{}: the dead letter of message {} was not stored: {}", config.queueUrl(),
                                flight.message.messageId(), AwsErrors.describe(failure));
                    }
                });
            } else {
                retried.increment();
                reason = reason + " (receive " + flight.receiveCount + " of " + config.maxReceiveCount()
                        + "; the message comes back after its visibility timeout)";
            }
            problem(config.queueUrl() + " message " + flight.message.messageId() + ": " + reason);
        } finally {
            finished();
        }
    }

    /** A message that is not an S3 notification: dead-lettered, then deleted once the dead letter is stored. */
    private void unreadable(InFlight flight, String reason) {
        problem(config.queueUrl() + " message " + flight.message.messageId() + " is dead-lettered and deleted: " + reason);
        deadLetter(flight, reason).completion().whenCompleteAsync((report, failure) -> {
            try {
                flight.heartbeat.cancel(false);
                if (failure == null) {
                    deadLettered.increment();
                    delete(flight);
                } else {
                    retried.increment();
                    problem(config.queueUrl() + " message " + flight.message.messageId()
                            + ": its dead letter was not stored (" + AwsErrors.describe(failure)
                            + "); the message comes back after its visibility timeout");
                }
            } finally {
                finished();
            }
        }, settler);
    }

    private Delivery deadLetter(InFlight flight, String reason) {
        SourceLocation location = SourceLocation.whole(config.queueUrl() + " message " + flight.message.messageId());
        Delivery delivery = new Delivery(location);
        delivery.expect();
        try {
            sink.deadLetter(DeadLetter.unreadable(objects.dataset().name(), location, flight.message.body(), reason,
                    clock.instant()), delivery);
        } catch (RuntimeException e) {
            delivery.fail(e);
        }
        delivery.seal();
        return delivery;
    }

    private void delete(InFlight flight) {
        try {
            sqs.deleteMessage(request -> request.queueUrl(config.queueUrl())
                    .receiptHandle(flight.message.receiptHandle()));
            deleted.increment();
        } catch (SdkException e) {
            problem(config.queueUrl() + " message " + flight.message.messageId() + " could not be deleted ("
                    + AwsErrors.describe(e) + "); it will be read again, and its documents are stored only once");
        }
    }

    private void extend(InFlight flight) {
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(config.queueUrl())
                    .receiptHandle(flight.message.receiptHandle()).visibilityTimeout(visibilitySeconds));
        } catch (SdkException e) {
            LOG.warn("{}: the visibility of message {} could not be extended ({}); another reader may receive it",
                    config.queueUrl(), flight.message.messageId(), AwsErrors.describe(e));
        }
    }

    /** A message received while stopping: visible again at once, for the next reader. */
    private void handBack(Message message) {
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(config.queueUrl())
                    .receiptHandle(message.receiptHandle()).visibilityTimeout(0));
        } catch (SdkException e) {
            LOG.debug("{}: message {} comes back after its visibility timeout", config.queueUrl(), message.messageId());
        } finally {
            slots.release();
        }
    }

    private void finished() {
        inFlight.decrementAndGet();
        slots.release();
    }

    private void checkRedrivePolicy() {
        String policy;
        try {
            policy = sqs.getQueueAttributes(request -> request.queueUrl(config.queueUrl())
                    .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
        } catch (SdkException e) {
            LOG.warn("{}: its redrive policy could not be read ({}); allow sqs:GetQueueAttributes to have it checked",
                    config.queueUrl(), AwsErrors.describe(e));
            return;
        }
        if (policy == null) {
            LOG.warn("{} has no redrive policy: a message that keeps failing is dead-lettered by Vigil but stays on"
                    + " the queue until it expires; give the queue a dead-letter queue with maxReceiveCount {}",
                    config.queueUrl(), config.maxReceiveCount());
            return;
        }
        try {
            JsonNode maxReceiveCount = new ObjectMapper().readTree(policy).path("maxReceiveCount");
            if (maxReceiveCount.asInt(-1) != config.maxReceiveCount()) {
                LOG.warn("{}: its redrive policy moves a message after {} receives but max_receive_count is {};"
                        + " set both to the same number", config.queueUrl(), maxReceiveCount.asText(),
                        config.maxReceiveCount());
            }
        } catch (IOException e) {
            LOG.warn("{}: its redrive policy is not JSON: {}", config.queueUrl(), e.getMessage());
        }
    }

    private void problem(String message) {
        lastProblem = message;
        LOG.warn(message);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static int receiveCount(Message message) {
        String count = message.attributesAsStrings().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT.toString());
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String reasonOf(CompletableFuture<?> failed) {
        try {
            failed.join();
            return "";
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException nested && nested.getCause() != null
                    ? nested.getCause() : e.getCause();
            return cause.getMessage() != null ? cause.getMessage() : AwsErrors.describe(cause);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A message being worked on. */
    private static final class InFlight {

        final Message message;
        final int receiveCount;
        volatile ScheduledFuture<?> heartbeat;

        InFlight(Message message, int receiveCount) {
            this.message = message;
            this.receiveCount = receiveCount;
        }
    }
}
