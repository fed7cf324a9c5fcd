package io.vigil.core.pipeline;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * decode → normalize → enrich → sink, for one input at a time. Every record read ends up either as
 * documents in the sink or as a dead letter with its raw text, location and reason: a bad record
 * never stops the rest of the input.
 */
public final class Pipeline {

    private final List<Enricher> enrichers;
    private final Sink sink;
    private final Clock clock;

    public Pipeline(List<Enricher> enrichers, Sink sink, Clock clock) {
        this.enrichers = List.copyOf(enrichers);
        this.sink = sink;
        this.clock = clock;
    }

    /** Reads one input of the dataset through to the sink; the returned delivery is sealed. */
    public Delivery ingest(Dataset dataset, SourceLocation origin, InputStream input) {
        Delivery delivery = new Delivery(origin);
        try {
            dataset.decoder().decode(input, origin, new DeliveryHandler(dataset, delivery));
        } catch (IOException | RuntimeException e) {
            deadLetter(dataset, origin, "", "input could not be read: " + describe(e), delivery);
        } finally {
            delivery.seal();
        }
        return delivery;
    }

    private void deadLetter(Dataset dataset, SourceLocation location, String raw, String reason, Delivery delivery) {
        delivery.expect();
        sink.deadLetter(DeadLetter.unreadable(dataset.name(), location, raw, reason, clock.instant()), delivery);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Routes what the decoder reads of one input into documents or dead letters. */
    private final class DeliveryHandler implements RecordHandler {

        private final Dataset dataset;
        private final Delivery delivery;

        DeliveryHandler(Dataset dataset, Delivery delivery) {
            this.dataset = dataset;
            this.delivery = delivery;
        }

        @Override
        public void record(RawRecord record) {
            delivery.recordRead();
            try {
                dataset.normalizer().normalize(record, this::write);
            } catch (BadRecordException e) {
                deadLetter(dataset, record.location(), record.text(), e.getMessage(), delivery);
            } catch (RuntimeException e) {
                deadLetter(dataset, record.location(), record.text(),
                        "record could not be normalized: " + describe(e), delivery);
            }
        }

        @Override
        public void malformed(SourceLocation location, String raw, String reason) {
            delivery.recordRead();
            deadLetter(dataset, location, raw, reason, delivery);
        }

        private void write(Document document) {
            for (Enricher enricher : enrichers) {
                enricher.enrich(document);
            }
            delivery.expect();
            try {
                sink.write(document, delivery);
            } catch (RuntimeException e) {
                // the write was announced and will never be acknowledged: the delivery cannot complete
                delivery.fail(e);
            }
        }
    }
}
