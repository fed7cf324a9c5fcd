package io.vigil.store.bulk;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Outcome;

/**
 * One create or versioned index action in a bulk request: where its bytes are in the request buffer, and the
 * delivery it is acknowledged to, exactly once.
 */
final class BulkItem {

    /** A document of a dataset, or a dead letter. */
    enum Kind { DOCUMENT, DEAD_LETTER }

    final Kind kind;
    final String dataset;
    final SourceLocation location;
    final String index;
    final String id;
    final Delivery delivery;
    /** Start of the action line in the request that holds it now. */
    int start;
    /** Start of the document source. */
    int sourceStart;
    /** End of the source's line, its newline included. */
    int end;
    private boolean resolved;

    BulkItem(Kind kind, String dataset, SourceLocation location, String index, String id, Delivery delivery,
             int start, int sourceStart, int end) {
        this.kind = kind;
        this.dataset = dataset;
        this.location = location;
        this.index = index;
        this.id = id;
        this.delivery = delivery;
        this.start = start;
        this.sourceStart = sourceStart;
        this.end = end;
    }

    /** The action was copied to another request (a retry), starting there. */
    void movedTo(int newStart) {
        int shift = newStart - start;
        start = newStart;
        sourceStart += shift;
        end += shift;
    }

    /** A dead letter took over this document's acknowledgement. */
    void handOver() {
        resolved = true;
    }

    /** Stored (200, 201) or already there or superseded (409), as the engine acknowledged it. */
    void stored(boolean created) {
        if (kind == Kind.DEAD_LETTER) {
            resolve(Outcome.DEAD_LETTERED);
        } else {
            resolve(created ? Outcome.INDEXED : Outcome.ALREADY_PRESENT);
        }
    }

    void resolve(Outcome outcome) {
        if (!resolved) {
            resolved = true;
            delivery.acknowledge(outcome);
        }
    }

    void fail(Throwable cause) {
        if (!resolved) {
            resolved = true;
            delivery.fail(cause);
        }
    }

    boolean resolved() {
        return resolved;
    }

    String describe() {
        return (kind == Kind.DEAD_LETTER ? "dead letter " : "document ") + id + " for index " + index;
    }
}
