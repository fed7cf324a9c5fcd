package io.vigil.core.pipeline;

import io.vigil.core.document.SourceLocation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * One unit of input tracked as a whole: a file, an S3 object, an SQS message, a request body. It
 * completes when it is sealed (everything was read) and every document written for it has been
 * acknowledged; only then may a source advance its checkpoint or delete its message.
 */
public final class Delivery {

    private final SourceLocation origin;
    /** Outstanding acknowledgements, plus one for "still reading" that {@link #seal} releases. */
    private final AtomicLong pending = new AtomicLong(1);
    private final LongAdder read = new LongAdder();
    private final LongAdder indexed = new LongAdder();
    private final LongAdder alreadyPresent = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final CompletableFuture<DeliveryReport> completion = new CompletableFuture<>();

    public Delivery(SourceLocation origin) {
        this.origin = origin;
    }

    public SourceLocation origin() {
        return origin;
    }

    /** Counts one record read from the input. */
    public void recordRead() {
        read.increment();
    }

    /** Announces one more write whose acknowledgement this delivery waits for. */
    public void expect() {
        pending.incrementAndGet();
    }

    public void acknowledge(Outcome outcome) {
        switch (outcome) {
            case INDEXED -> indexed.increment();
            case ALREADY_PRESENT -> alreadyPresent.increment();
            case DEAD_LETTERED -> deadLettered.increment();
        }
        release();
    }

    /** The store could not take a document (engine gone past the retry limit): the delivery fails. */
    public void fail(Throwable cause) {
        completion.completeExceptionally(cause);
    }

    /** Everything was read from the input; completes once all writes are acknowledged. */
    public void seal() {
        release();
    }

    public CompletableFuture<DeliveryReport> completion() {
        return completion;
    }

    public DeliveryReport report() {
        return new DeliveryReport(origin, read.sum(), indexed.sum(), alreadyPresent.sum(), deadLettered.sum());
    }

    private void release() {
        if (pending.decrementAndGet() == 0) {
            completion.complete(report());
        }
    }
}
