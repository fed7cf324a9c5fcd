package io.vigil.sources.aws;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Outcome;
import io.vigil.core.pipeline.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A sink that keeps documents by id, as the engine does with {@code op_type=create} (a second write of
 * an id is acknowledged as already present), and acknowledges on a sender thread of its own, as the
 * bulk writer does. Acknowledgements can be held back (an engine that is slow to answer) and the
 * store can be made to fail (an engine that is down).
 */
public final class RecordingSink implements Sink {

    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, DeadLetter> deadLetters = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-sink-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private volatile Predicate<Document> refused = document -> false;
    private volatile boolean failing;

    @Override
    public void write(Document document, Delivery delivery) {
        // decided when written, as an engine that is down decides: not when the answer comes
        boolean fails = failing || refused.test(document);
        answer(() -> {
            if (fails) {
                delivery.fail(new IllegalStateException("the engine is unavailable"));
            } else {
                delivery.acknowledge(documents.putIfAbsent(document.id(), document) == null
                        ? Outcome.INDEXED : Outcome.ALREADY_PRESENT);
            }
        });
    }

    @Override
    public void deadLetter(DeadLetter letter, Delivery delivery) {
        boolean fails = failing;
        answer(() -> {
            if (fails) {
                delivery.fail(new IllegalStateException("the engine is unavailable"));
            } else {
                deadLetters.putIfAbsent(letter.id(), letter);
                delivery.acknowledge(Outcome.DEAD_LETTERED);
            }
        });
    }

    /** Acknowledgements wait until {@link #release}. */
    public synchronized void hold() {
        holding = true;
    }

    public synchronized void release() {
        holding = false;
        held.forEach(sender::execute);
        held.clear();
    }

    /** Documents the store fails to take, as if the engine were down for them. */
    public void refuse(Predicate<Document> refused) {
        this.refused = refused;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public Map<String, Document> documents() {
        return documents;
    }

    public Map<String, DeadLetter> deadLetters() {
        return deadLetters;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        release();
        sender.shutdown();
    }

    private synchronized void answer(Runnable acknowledgement) {
        if (holding) {
            held.add(acknowledgement);
        } else {
            sender.execute(acknowledgement);
        }
    }
}
