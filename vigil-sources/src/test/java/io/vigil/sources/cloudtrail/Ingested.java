package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What one input gave through the decoder and the normalizer, as the pipeline would run them. */
final class Ingested {

    /** Input that the decoder could not read as records. */
    record Malformed(SourceLocation location, String raw, String reason) {
        @Override
        public String toString() {
            return location + ": " + reason;
        }
    }

    final List<RawRecord> records = new ArrayList<>();
    final List<Malformed> malformed = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<String> badRecords = new ArrayList<>();

    static Ingested of(byte[] input, String name) throws IOException {
        return of(new CloudTrailDecoder(), input, name);
    }

    static Ingested of(CloudTrailDecoder decoder, byte[] input, String name) throws IOException {
        Ingested result = new Ingested();
        decoder.decode(new ByteArrayInputStream(input), SourceLocation.whole(name), new RecordHandler() {
            @Override
            public void record(RawRecord record) {
                result.records.add(record);
            }

            @Override
            public void malformed(SourceLocation location, String raw, String reason) {
                result.malformed.add(new Malformed(location, raw, reason));
            }
        });
        CloudTrailNormalizer normalizer = new CloudTrailNormalizer();
        for (RawRecord record : result.records) {
            try {
                normalizer.normalize(record, result.documents::add);
            } catch (BadRecordException e) {
                result.badRecords.add(record.location() + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** The only document, after checking that nothing else came out. */
    Document single() {
        assertThat(malformed).isEmpty();
        assertThat(badRecords).isEmpty();
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    List<String> malformedReasons() {
        return malformed.stream().map(Malformed::toString).toList();
    }

    static String text(Document document, String path) {
        return Fields.text(document.source(), path);
    }

    static JsonNode node(Document document, String path) {
        return Fields.get(document.source(), path);
    }
}
