package io.vigil.sources.ecs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.input.EventTime;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Ready ECS documents, one JSON object per record. The {@code _id} is {@code event.id} when the
 * sender gives one, else a hash of the record text; the index is named from {@code @timestamp}.
 */
public final class EcsNormalizer implements Normalizer {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void normalize(RawRecord record, Consumer<Document> out) throws BadRecordException {
        JsonNode tree;
        try {
            tree = json.readTree(record.text());
        } catch (JsonProcessingException e) {
            throw new BadRecordException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode source)) {
            throw new BadRecordException("expected a JSON object, got " + kind(tree));
        }
        Instant timestamp = timestamp(source);
        String eventId = Fields.text(source, Ecs.EVENT_ID);
        String id = eventId != null && !eventId.isBlank() ? eventId : DocumentId.hash(EcsDataset.NAME, record.text());
        out.accept(new Document(EcsDataset.NAME, id, timestamp, source, record.location()));
    }

    private static Instant timestamp(ObjectNode source) throws BadRecordException {
        JsonNode value = Fields.get(source, Ecs.TIMESTAMP);
        if (value == null || value.isNull()) {
            throw new BadRecordException("missing @timestamp");
        }
        return value.isIntegralNumber()
                ? EventTime.within(Instant.ofEpochMilli(value.asLong()), Ecs.TIMESTAMP)
                : EventTime.parse(value.asText(), Ecs.TIMESTAMP);
    }

    private static String kind(JsonNode tree) {
        return tree == null || tree.isMissingNode() ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
