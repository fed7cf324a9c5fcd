package io.vigil.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input gave through a decoder and a normalizer, as the pipeline runs them: the records,
 * what the decoder found malformed, the records the normalizer refused, and the documents.
 */
public class Ingested {

    /** Input the decoder could not read as records. */
    public record Malformed(SourceLocation location, String raw, String reason) {
        @Override
        public String toString() {
            return location + ": " + reason;
        }
    }

    public final List<RawRecord> records = new ArrayList<>();
    public final List<Malformed> malformed = new ArrayList<>();
    public final List<String> badRecords = new ArrayList<>();
    public final List<Document> documents = new ArrayList<>();

    protected Ingested() {
    }

    public static Ingested of(Dataset dataset, byte[] input, String name) throws IOException {
        return of(dataset.decoder(), dataset.normalizer(), input, name);
    }

    public static Ingested of(RecordDecoder decoder, Normalizer normalizer, byte[] input, String name) throws IOException {
        Ingested result = new Ingested();
        result.read(decoder, normalizer, input, name);
        return result;
    }

    protected final void read(RecordDecoder decoder, Normalizer normalizer, byte[] input, String name) throws IOException {
        decoder.decode(new ByteArrayInputStream(input), SourceLocation.whole(name), new RecordHandler() {
            @Override
            public void record(RawRecord record) {
                records.add(record);
            }

            @Override
            public void malformed(SourceLocation location, String raw, String reason) {
                malformed.add(new Malformed(location, raw, reason));
            }
        });
        for (RawRecord record : records) {
            try {
                normalizer.normalize(record, documents::add);
            } catch (BadRecordException e) {
                badRecords.add(record.location() + ": " + e.getMessage());
            }
        }
    }

    /** The only document, after checking that nothing else came out. */
    public Document single() {
        assertThat(malformed).isEmpty();
        assertThat(badRecords).isEmpty();
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    public List<String> malformedReasons() {
        return malformed.stream().map(Malformed::toString).toList();
    }

    public static String text(Document document, String path) {
        return Fields.text(document.source(), path);
    }

    public static List<String> texts(Document document, String path) {
        return Fields.texts(document.source(), path);
    }

    public static JsonNode node(Document document, String path) {
        return Fields.get(document.source(), path);
    }
}
