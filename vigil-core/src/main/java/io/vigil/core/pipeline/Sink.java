package io.vigil.core.pipeline;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;

/**
 * Where documents go. Each {@code write} and {@code deadLetter} is acknowledged exactly once through
 * its {@link Delivery} ({@link Delivery#acknowledge} or {@link Delivery#fail}), and only after the
 * engine has the document, so sources can advance checkpoints on completion. Writes may block when
 * the sink's bounded buffers are full: that is the pipeline's back-pressure.
 */
public interface Sink extends AutoCloseable {

    void write(Document document, Delivery delivery);

    void deadLetter(DeadLetter letter, Delivery delivery);

    /** Sends what is buffered without waiting for the linger time. */
    void flush();

    /** Flushes, waits for outstanding acknowledgements, and releases resources. */
    @Override
    void close();
}
