package io.vigil.sources.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Open-ended payloads (CloudTrail request parameters and response elements, GuardDuty additional info,
 * ASFF product fields and details)
 * kept as a JSON string of bounded length, and the test for also keeping them as a flattened
 * object (which the engines refuse when it is too deep or a key path with its value is too long).
 */
public final class BoundedJson {

    /** Characters kept of one payload as a JSON string. */
    public static final int MAX_CHARS = 32 * 1024;
    /** Nesting the flattened field types accept (Elasticsearch {@code depth_limit} default). */
    public static final int MAX_FLAT_DEPTH = 20;
    /** Key path plus value, in characters, that stays below Lucene's term limit of 32,766 UTF-8 bytes. */
    public static final int MAX_FLAT_TERM_CHARS = 8 * 1024;

    private BoundedJson() {
    }

    /** The node as JSON, cut at {@link #MAX_CHARS} with a marker saying how long it was. */
    public static String text(JsonNode node) {
        return cut(compact(node));
    }

    /** The text, or its first {@link #MAX_CHARS} characters with a marker saying how long it was. */
    public static String cut(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, cut) + "...[truncated: " + text.length() + " characters in all]";
    }

    /** Compact JSON of a tree, written directly: several times faster than {@code toString} for small trees. */
    private static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(field.getKey(), out);
                    out.append(':');
                    write(field.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case NUMBER, BOOLEAN -> out.append(node.asText());
            case NULL, MISSING -> out.append("null");
            default -> quote(node.asText(), out);
        }
    }

    /** A JSON string: quote, backslash and control characters escaped (RFC 8259), everything else as is. */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        int first = firstToEscape(text);
        if (first < 0) {
            out.append(text).append('"'); // the common case, copied whole
            return;
        }
        int start = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (mustEscape(c)) {
                out.append(text, start, i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04X", (int) c));
                }
                start = i + 1;
            }
        }
        out.append(text, start, text.length()).append('"');
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (mustEscape(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mustEscape(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }

    /** Whether the node may also be stored as a flattened object: an object, small, shallow, short paths. */
    public static boolean flattenable(JsonNode node, String text) {
        return node.isObject() && text.length() <= MAX_CHARS && fits(node, 0, 1);
    }

    private static boolean fits(JsonNode node, int pathChars, int depth) {
        if (depth > MAX_FLAT_DEPTH) {
            return false;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!fits(field.getValue(), pathChars + field.getKey().length() + 1, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (!fits(element, pathChars, depth)) {
                    return false;
                }
            }
            return true;
        }
        return pathChars + node.asText().length() <= MAX_FLAT_TERM_CHARS;
    }
}
