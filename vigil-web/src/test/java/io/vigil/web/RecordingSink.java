package io.vigil.web;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Outcome;
import io.vigil.core.pipeline.Sink;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory sink for the HTTP-layer tests: it keeps what it is given and acknowledges each write at
 * once (a repeated id as already present), or fails every write, or never answers.
 */
public final class RecordingSink implements Sink {

    /** How the sink answers writes. */
    public enum Mode { ACKNOWLEDGE, FAIL, SILENT }

    private final List<Document> documents = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.ACKNOWLEDGE;

    public void mode(Mode newMode) {
        mode = newMode;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<DeadLetter> deadLetters() {
        return deadLetters;
    }

    @Override
    public void write(Document document, Delivery delivery) {
        switch (mode) {
            case ACKNOWLEDGE -> {
                boolean fresh = ids.add(document.dataset() + "/" + document.id());
                if (fresh) {
                    documents.add(document);
                }
                delivery.acknowledge(fresh ? Outcome.INDEXED : Outcome.ALREADY_PRESENT);
            }
            case FAIL -> delivery.fail(new IOException("engine unreachable"));
            case SILENT -> { }
        }
    }

    @Override
    public void deadLetter(DeadLetter letter, Delivery delivery) {
        if (mode == Mode.ACKNOWLEDGE) {
            deadLetters.add(letter);
            delivery.acknowledge(Outcome.DEAD_LETTERED);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
