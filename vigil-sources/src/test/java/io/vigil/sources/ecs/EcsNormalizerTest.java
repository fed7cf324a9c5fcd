package io.vigil.sources.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcsNormalizerTest {

    private final EcsNormalizer normalizer = new EcsNormalizer();

    private Document normalize(String line) throws BadRecordException {
        List<Document> out = new ArrayList<>();
        normalizer.normalize(new RawRecord(SourceLocation.whole("f").line(3), line), out::add);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void eventIdIsTheDocumentIdAndTimestampNamesTheIndex() throws BadRecordException {
        Document doc = normalize("{\"@timestamp\":\"2026-11-02T08:00:00+01:00\",\"event\":{\"id\":\"e-1\"},\"message\":\"hi\"}");
        assertThat(doc.id()).isEqualTo("e-1");
        assertThat(doc.timestamp()).isEqualTo(Instant.parse("2026-11-02T07:00:00Z"));
        assertThat(EcsDataset.INDEX.indexFor(doc.timestamp())).isEqualTo("vigil-ecs-2026.11");
        assertThat(doc.source().get("message").asText()).isEqualTo("hi");
        assertThat(doc.location().toString()).isEqualTo("f line 3");
    }

    @Test
    void withoutEventIdTheIdIsAHashOfTheLineSoResendingIsIdempotent() throws BadRecordException {
        String line = "{\"@timestamp\":1764230400000,\"message\":\"x\"}";
        assertThat(normalize(line).id()).isEqualTo(DocumentId.hash("ecs", line)).isEqualTo(normalize(line).id());
        assertThat(normalize(line).timestamp()).isEqualTo(Instant.ofEpochMilli(1764230400000L));
    }

    @Test
    void dottedTimestampAndEventIdKeysAreAccepted() throws BadRecordException {
        Document doc = normalize("{\"@timestamp\":\"2026-01-01T00:00:00Z\",\"event.id\":\"dotted\"}");
        assertThat(doc.id()).isEqualTo("dotted");
    }

    @Test
    void hostileStringsPassThroughUnchanged() throws BadRecordException {
        String hostile = "<script>alert(1)</script>\\u0000=cmd|' /C calc'!A0 \u202e";
        Document doc = normalize("{\"@timestamp\":\"2026-01-01T00:00:00Z\",\"message\":\"" + hostile + "\"}");
        assertThat(doc.source().get("message").asText()).contains("<script>", "\u0000", "\u202e");
    }

    @Test
    void badRecordsSayWhatIsWrong() {
        assertThatThrownBy(() -> normalize("{\"@timestamp\":")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> normalize("[1,2]")).hasMessage("expected a JSON object, got array");
        assertThatThrownBy(() -> normalize("{\"message\":\"x\"}")).hasMessage("missing @timestamp");
        assertThatThrownBy(() -> normalize("{\"@timestamp\":\"yesterday\"}")).hasMessageContaining("not an ISO-8601");
        assertThatThrownBy(() -> normalize("{\"@timestamp\":\"9999-01-01T00:00:00Z\"}")).hasMessageContaining("outside 1970-2199");
    }
}
