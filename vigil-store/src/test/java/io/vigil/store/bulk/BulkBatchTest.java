package io.vigil.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.store.engines.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BulkBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesCreateActionsAsNdjsonAndRemembersWhereEachSourceIs() {
        BulkBatch batch = new BulkBatch(JSON, 16);
        Delivery delivery = new Delivery(SourceLocation.whole("in"));
        Document first = TestDocuments.small("in", 1, Instant.parse("2026-11-01T00:00:00Z"));
        Document second = TestDocuments.small("in", 2, Instant.parse("2026-11-01T00:00:01Z"));

        batch.add(BulkItem.Kind.DOCUMENT, "test", first.location(), "vigil-test-2026.11", "id\"1", null, delivery,
                json -> json.writeTree(first.source()));
        batch.add(BulkItem.Kind.DOCUMENT, "test", second.location(), "vigil-test-2026.11", "id2", null, delivery,
                json -> json.writeTree(second.source()));

        String body = new String(batch.array(), 0, batch.bytes(), StandardCharsets.UTF_8);
        String[] lines = body.split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("{\"create\":{\"_index\":\"vigil-test-2026.11\",\"_id\":\"id\\\"1\"}}");
        assertThat(lines[1]).isEqualTo(first.source().toString());
        assertThat(lines[3]).isEqualTo(second.source().toString());
        assertThat(lines[4]).isEmpty();
        BulkItem item = batch.items().get(1);
        assertThat(new String(batch.array(), item.sourceStart, item.end - 1 - item.sourceStart, StandardCharsets.UTF_8))
                .isEqualTo(second.source().toString());
    }

    @Test
    void copiesAnItemForARetryAndDropsAHalfWrittenOne() {
        BulkBatch batch = new BulkBatch(JSON, 16);
        Delivery delivery = new Delivery(SourceLocation.whole("in"));
        batch.add(BulkItem.Kind.DOCUMENT, "test", null, "i", "a", null, delivery, json -> json.writeRaw("{\"a\":1}"));
        assertThatThrownBy(() -> batch.add(BulkItem.Kind.DOCUMENT, "test", null, "i", "b", null, delivery, json -> {
            json.writeStartObject();
            throw new IllegalStateException("boom");
        })).hasMessageContaining("document b");
        int bytesBefore = batch.bytes();

        BulkBatch retry = new BulkBatch(JSON, 16);
        retry.copy(batch.items().get(0), batch.array());

        assertThat(batch.size()).isEqualTo(1);
        assertThat(new String(retry.array(), 0, retry.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(new String(batch.array(), 0, bytesBefore, StandardCharsets.UTF_8))
                .isEqualTo("{\"create\":{\"_index\":\"i\",\"_id\":\"a\"}}\n{\"a\":1}\n");
        assertThat(retry.items().get(0).start).isZero();
    }
}
