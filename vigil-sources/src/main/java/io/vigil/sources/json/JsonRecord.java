package io.vigil.sources.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import java.util.Locale;

/** A record's text read as the one JSON object it must be; anything else is refused saying what it is. */
public final class JsonRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecord() {
    }

    /**
     * @param expected what the record must be, with its article, e.g. {@code a GuardDuty finding}
     * @param kind     what an empty object lacks, e.g. {@code GuardDuty finding}
     */
    public static ObjectNode object(String text, String expected, String kind) throws BadRecordException {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new BadRecordException("expected " + expected + " (a JSON object), got "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        if (object.isEmpty()) {
            throw new BadRecordException("an empty JSON object ({}) holds no " + kind);
        }
        return object;
    }
}
