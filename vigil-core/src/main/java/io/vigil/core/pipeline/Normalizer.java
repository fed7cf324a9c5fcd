package io.vigil.core.pipeline;

import io.vigil.core.document.Document;
import java.util.function.Consumer;

/**
 * Turns one raw record of a source into ECS documents with stable ids. A pure function of the
 * record: no I/O, no clock (except to stamp {@code event.ingested}), so golden tests pin it down.
 */
public interface Normalizer {

    void normalize(RawRecord record, Consumer<Document> out) throws BadRecordException;
}
