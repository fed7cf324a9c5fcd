package io.vigil.core.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes dotted ECS field names ({@code cloud.account.id}) in a JSON document. Documents are
 * stored nested ({@code {"cloud":{"account":{"id":...}}}}); reading also accepts a literal dotted key,
 * as senders of ready ECS documents may use either form.
 */
public final class Fields {

    private Fields() {
    }

    /** The node at the dotted path, or {@code null}. */
    public static JsonNode get(JsonNode document, String path) {
        if (document == null || !document.isObject()) {
            return null;
        }
        JsonNode literal = document.get(path);
        if (literal != null) {
            return literal;
        }
        int dot = path.indexOf('.');
        while (dot > 0) {
            JsonNode head = document.get(path.substring(0, dot));
            if (head != null && head.isObject()) {
                JsonNode found = get(head, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
            dot = path.indexOf('.', dot + 1);
        }
        return null;
    }

    /** The text at the path, or {@code null} when absent, null or not a scalar. */
    public static String text(JsonNode document, String path) {
        JsonNode node = get(document, path);
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** Every scalar text at the path: one for a scalar, each element for an array. */
    public static List<String> texts(JsonNode document, String path) {
        JsonNode node = get(document, path);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(element -> {
                if (element.isValueNode() && !element.isNull()) {
                    values.add(element.asText());
                }
            });
        } else if (node.isValueNode()) {
            values.add(node.asText());
        }
        return values;
    }

    /** The object that holds the last segment of the path, created nested as needed. */
    public static ObjectNode parentOf(ObjectNode document, String path) {
        ObjectNode current = document;
        int start = 0;
        int dot;
        while ((dot = path.indexOf('.', start)) > 0) {
            String segment = path.substring(start, dot);
            JsonNode child = current.get(segment);
            current = child instanceof ObjectNode object ? object : current.putObject(segment);
            start = dot + 1;
        }
        return current;
    }

    public static void put(ObjectNode document, String path, String value) {
        if (value != null) {
            parentOf(document, path).put(leaf(path), value);
        }
    }

    public static void put(ObjectNode document, String path, List<String> values) {
        ArrayNode array = parentOf(document, path).putArray(leaf(path));
        values.forEach(array::add);
    }

    /** Sets any JSON value (a boolean, an object) at the path; a null value is left out. */
    public static void put(ObjectNode document, String path, JsonNode value) {
        if (value != null && !value.isNull()) {
            parentOf(document, path).set(leaf(path), value);
        }
    }

    /** Removes a literal dotted key, so the nested form written by {@link #put} is the only one. */
    public static void removeLiteral(ObjectNode document, String path) {
        document.remove(path);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
