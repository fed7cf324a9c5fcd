package io.vigil.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines are records; "bad" lines fail normalization, "boom" lines throw. */
    private static final Dataset LINES = new Dataset("lines",
            new IndexSpec("vigil-lines", IndexSpec.Rollover.MONTHLY, "none", null),
            (input, origin, handler) -> {
                BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
                String line;
                long number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.equals("garbled")) {
                        handler.malformed(origin.line(number), line, "not a record");
                    } else {
                        handler.record(new RawRecord(origin.line(number), line));
                    }
                }
            },
            (record, out) -> {
                if (record.text().equals("bad")) {
                    throw new BadRecordException("bad is not allowed");
                }
                if (record.text().equals("boom")) {
                    throw new IllegalStateException("exploded");
                }
                ObjectNode source = JSON.createObjectNode().put("message", record.text());
                out.accept(new Document("lines", record.text(), Instant.EPOCH, source, record.location()));
            });

    /** Acknowledges on flush, like an engine answering a bulk request later. */
    private static class DeferredSink implements Sink {
        final List<Document> written = new ArrayList<>();
        final List<DeadLetter> letters = new ArrayList<>();
        final List<Runnable> acknowledgements = new ArrayList<>();

        @Override
        public void write(Document document, Delivery delivery) {
            written.add(document);
            acknowledgements.add(() -> delivery.acknowledge(Outcome.INDEXED));
        }

        @Override
        public void deadLetter(DeadLetter letter, Delivery delivery) {
            letters.add(letter);
            acknowledgements.add(() -> delivery.acknowledge(Outcome.DEAD_LETTERED));
        }

        @Override
        public void flush() {
            acknowledgements.forEach(Runnable::run);
            acknowledgements.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }

    private final DeferredSink sink = new DeferredSink();
    private final Pipeline pipeline = new Pipeline(
            List.of(document -> document.source().put("enriched", true)), sink,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void badRecordsBecomeDeadLettersAndTheRestIsWritten() {
        Delivery delivery = pipeline.ingest(LINES, SourceLocation.whole("/in/x.log"),
                new ByteArrayInputStream("a\nbad\nb\ngarbled\nboom\nc\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(sink.written).extracting(Document::id).containsExactly("a", "b", "c");
        assertThat(sink.written).allSatisfy(doc -> assertThat(doc.source().get("enriched").asBoolean()).isTrue());
        assertThat(sink.letters).extracting(letter -> letter.location().toString())
                .containsExactly("/in/x.log line 2", "/in/x.log line 4", "/in/x.log line 5");
        assertThat(sink.letters).extracting(DeadLetter::reason)
                .containsExactly("bad is not allowed", "not a record", "record could not be normalized: exploded");
        assertThat(sink.letters.get(0).raw()).isEqualTo("bad");
    }

    @Test
    void deliveryCompletesOnlyAfterEveryAcknowledgement() {
        Delivery delivery = pipeline.ingest(LINES, SourceLocation.whole("/in/y.log"),
                new ByteArrayInputStream("a\nbad\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(delivery.completion()).isNotDone();
        sink.flush();
        assertThat(delivery.completion()).isCompletedWithValue(
                new DeliveryReport(SourceLocation.whole("/in/y.log"), 2, 1, 0, 1));
    }

    @Test
    void unreadableInputIsOneDeadLetterForTheWholeInput() {
        Delivery delivery = pipeline.ingest(LINES, SourceLocation.whole("/in/z.log"), new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        });
        sink.flush();
        assertThat(delivery.completion().join().deadLettered()).isEqualTo(1);
        assertThat(sink.letters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("input could not be read: device gone");
            assertThat(letter.location().toString()).isEqualTo("/in/z.log");
        });
    }

    @Test
    void aSinkThatThrowsFailsTheDeliveryInsteadOfLeavingItOpen() {
        Sink broken = new DeferredSink() {
            @Override
            public void write(Document document, Delivery delivery) {
                throw new IllegalStateException("sink closed");
            }
        };
        Delivery delivery = new Pipeline(List.of(), broken, Clock.systemUTC()).ingest(LINES, SourceLocation.whole("/in/w"),
                new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(delivery.completion()).isCompletedExceptionally();
    }

    @Test
    void emptyInputCompletesAtOnce() {
        Delivery delivery = pipeline.ingest(LINES, SourceLocation.whole("/in/empty"), new ByteArrayInputStream(new byte[0]));
        assertThat(delivery.completion().join().read()).isZero();
    }
}
