package io.vigil.store.bulk;

import io.vigil.core.concurrent.DaemonThreads;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.BulkConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Sink;
import io.vigil.store.SearchBackend;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine sink. Documents become {@code create} actions (so a 409 means "already indexed"),
 * serialized straight into a reusable bulk request buffer, sent when the batch reaches
 * {@code max_documents} or {@code max_bytes}, or {@code linger} after its first document. At most
 * {@code concurrency} requests are in flight; a writer that fills a batch while they all are waits
 * for one to finish, which bounds memory to about {@code (concurrency + writers) * max_bytes}.
 * Each write is acknowledged (or failed) exactly once, after the engine answered for it, see
 * {@link BulkSender}.
 *
 * <p>Acknowledgements run on the writer's sender threads: a completion callback must not write to
 * this sink synchronously (use the {@code *Async} forms of {@code CompletableFuture}).
 */
public final class BulkWriter implements Sink {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLACK = 64 * 1024;

    private final DatasetRegistry datasets;
    private final BulkConfig config;
    private final BulkSender sender;
    private final Semaphore inFlight;
    private final ExecutorService senders;
    private final ScheduledExecutorService lingerTimer;
    private final BlockingQueue<BulkBatch> spare;
    private final Object lock = new Object();
    private BulkBatch current;
    private long currentNumber;
    private boolean closed;

    public BulkWriter(SearchBackend backend, DatasetRegistry datasets, BulkConfig config, Clock clock) {
        this.datasets = datasets;
        this.config = config;
        this.sender = new BulkSender(backend, config, JSON, clock);
        this.inFlight = new Semaphore(config.concurrency());
        this.senders = Executors.newFixedThreadPool(config.concurrency(), DaemonThreads.named("vigil-bulk"));
        this.lingerTimer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("vigil-bulk-linger"));
        this.spare = new ArrayBlockingQueue<>(config.concurrency() + 1);
    }

    @Override
    public void write(Document document, Delivery delivery) {
        BulkBatch full;
        try {
            String index = datasets.indexSpec(document.dataset()).indexFor(document.timestamp());
            full = add(BulkItem.Kind.DOCUMENT, document.dataset(), document.location(), index, document.id(),
                    document.version(), delivery, json -> json.writeTree(document.source()));
        } catch (RuntimeException e) {
            LOG.error("document {} of {} cannot be written: {}", document.id(), document.location(), e.getMessage());
            delivery.fail(e);
            return;
        }
        send(full);
    }

    @Override
    public void deadLetter(DeadLetter letter, Delivery delivery) {
        BulkBatch full;
        try {
            full = add(BulkItem.Kind.DEAD_LETTER, letter.dataset(), letter.location(), DeadLetterIndex.indexFor(letter),
                    letter.id(), null, delivery, json -> DeadLetterIndex.writeDocument(json, letter));
        } catch (RuntimeException e) {
            LOG.error("the dead letter of {} cannot be written: {}", letter.location(), e.getMessage());
            delivery.fail(e);
            return;
        }
        send(full);
    }

    @Override
    public void flush() {
        BulkBatch batch;
        synchronized (lock) {
            batch = detach();
        }
        send(batch);
    }

    /** Sends what is buffered and waits until every request in flight is settled. */
    @Override
    public void close() {
        BulkBatch batch;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            batch = detach();
        }
        send(batch);
        inFlight.acquireUninterruptibly(config.concurrency());
        senders.shutdown();
        inFlight.release(config.concurrency());
        lingerTimer.shutdownNow();
    }

    /** Adds an action to the open batch. @return the batch if that filled it, to be sent */
    private BulkBatch add(BulkItem.Kind kind, String dataset, SourceLocation location, String index, String id,
                          Long version, Delivery delivery, BulkBatch.Source source) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the bulk writer is closed");
            }
            if (current == null) {
                BulkBatch reused = spare.poll();
                current = reused != null ? reused
                        : new BulkBatch(JSON, (int) Math.min(config.maxBytes().bytes() + SLACK, 16 << 20));
                long number = ++currentNumber;
                lingerTimer.schedule(() -> lingerExpired(number), config.linger().toNanos(), TimeUnit.NANOSECONDS);
            }
            current.add(kind, dataset, location, index, id, version, delivery, source);
            boolean full = current.size() >= config.maxDocuments() || current.bytes() >= config.maxBytes().bytes();
            return full ? detach() : null;
        }
    }

    private void lingerExpired(long number) {
        BulkBatch batch = null;
        synchronized (lock) {
            if (currentNumber == number) {
                batch = detach();
            }
        }
        send(batch);
    }

    /** Takes the open batch, if it holds anything; the caller holds the lock. */
    private BulkBatch detach() {
        BulkBatch batch = current;
        if (batch == null || batch.isEmpty()) {
            return null;
        }
        current = null;
        return batch;
    }

    /** Hands a batch to a sender once one of the {@code concurrency} slots is free. */
    private void send(BulkBatch batch) {
        if (batch == null) {
            return;
        }
        inFlight.acquireUninterruptibly();
        try {
            senders.execute(() -> {
                try {
                    sender.send(batch);
                } catch (RuntimeException | Error e) {
                    LOG.error("a bulk request failed unexpectedly; its deliveries have failed", e);
                } finally {
                    recycle(batch);
                    inFlight.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.release();
            IllegalStateException closing = new IllegalStateException("the bulk writer was closed while writing");
            batch.items().forEach(item -> item.fail(closing));
        }
    }

    private void recycle(BulkBatch batch) {
        batch.reset();
        if (batch.capacity() <= 2 * config.maxBytes().bytes() + SLACK) {
            spare.offer(batch);
        }
    }
}
