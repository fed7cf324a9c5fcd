package io.vigil.sources.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Reads the value at the parser's current token as a tree, node for node as Jackson's
 * {@code readValueAsTree} builds it (same node types, a repeated key keeps its first place and its
 * last value), without a data-binding context per call, and stoppable: once {@code stop} says so,
 * the rest of the value is skipped and no more nodes are made, so a reader bounding its input keeps
 * its memory bounded too.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * The value at {@code token} (the parser's current token), the parser left on its last token;
     * {@code null} for JSON null, and for an incomplete tree when {@code stop} turned true on the way.
     */
    public static JsonNode read(JsonParser parser, JsonToken token, BooleanSupplier stop) throws IOException {
        if (stop.getAsBoolean()) {
            parser.skipChildren();
            return null;
        }
        JsonNode value = value(parser, token, stop);
        return stop.getAsBoolean() ? null : value;
    }

    private static JsonNode value(JsonParser parser, JsonToken token, BooleanSupplier stop) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser, stop);
            case START_ARRAY -> array(parser, stop);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("not a JSON value: " + token);
        };
    }

    private static ObjectNode object(JsonParser parser, BooleanSupplier stop) throws IOException {
        ObjectNode object = NODES.objectNode();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            if (stop.getAsBoolean()) {
                parser.skipChildren();
            } else {
                object.replace(name, value(parser, token, stop));
            }
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, BooleanSupplier stop) throws IOException {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (stop.getAsBoolean()) {
                parser.skipChildren();
            } else {
                array.add(value(parser, token, stop));
            }
        }
        return array;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }
}
