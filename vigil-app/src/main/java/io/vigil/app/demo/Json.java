package io.vigil.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON objects and arrays written inline, for the records the demo writes in the services' own shapes. */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper SCALARS = new ObjectMapper();

    private Json() {
    }

    /** An object of name-value pairs, in order: values are text, numbers, booleans, JSON nodes or null. */
    static ObjectNode object(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("name-value pairs expected, got " + pairs.length + " values");
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            object.set((String) pairs[i], node(pairs[i + 1]));
        }
        return object;
    }

    static ArrayNode array(Object... values) {
        ArrayNode array = NODES.arrayNode();
        for (Object value : values) {
            array.add(node(value));
        }
        return array;
    }

    private static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return SCALARS.valueToTree(value);
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
}
