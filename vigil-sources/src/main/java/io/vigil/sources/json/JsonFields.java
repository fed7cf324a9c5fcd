package io.vigil.sources.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON record, or a part of it, read leniently: absent, JSON null, blank and mistyped values read
 * as absent, and absent parts as empty, so a path through a record never needs a null check.
 *
 * <p>Names are read as given. A reader made with {@link #eitherFirstLetterCase} also reads a name
 * with the case of its first letter flipped, for records whose writers differ only there: GuardDuty
 * findings as S3 exports and EventBridge write them ({@code updatedAt}) and as {@code GetFindings}
 * returns them ({@code UpdatedAt}), ASFF findings in PascalCase and as camelCase serializers write them.
 * The parts of such a reader are read the same way, except where {@link #exactNames} says otherwise.
 */
public final class JsonFields {

    /** A part the record does not have. */
    public static final JsonFields ABSENT = new JsonFields(null, false);

    private final JsonNode node;
    private final boolean eitherFirstLetterCase;

    private JsonFields(JsonNode node, boolean eitherFirstLetterCase) {
        this.node = node;
        this.eitherFirstLetterCase = eitherFirstLetterCase;
    }

    /** The node read by names exactly as given. */
    public static JsonFields of(JsonNode node) {
        return of(node, false);
    }

    /** The node read by names as given or with the case of their first letter flipped. */
    public static JsonFields eitherFirstLetterCase(JsonNode node) {
        return of(node, true);
    }

    private static JsonFields of(JsonNode node, boolean eitherFirstLetterCase) {
        return node == null || node.isNull() ? ABSENT : new JsonFields(node, eitherFirstLetterCase);
    }

    /** This part read by names exactly as given: for keys that are data, such as those of ASFF {@code ProductFields}. */
    public JsonFields exactNames() {
        return of(node, false);
    }

    /** Whether this part is in the record. */
    public boolean exists() {
        return node != null;
    }

    /** The part as it came; {@code null} when absent. */
    public JsonNode node() {
        return node;
    }

    /** The value of the field; {@code null} when absent or JSON null. */
    public JsonNode get(String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value == null && eitherFirstLetterCase && !name.isEmpty()) {
            value = node.get(withFirstLetterFlipped(name));
        }
        return value == null || value.isNull() ? null : value;
    }

    public JsonFields child(String name) {
        return of(get(name), eitherFirstLetterCase);
    }

    /** The elements of an array field; empty when the field is absent or not an array. */
    public List<JsonFields> elements(String name) {
        JsonNode value = get(name);
        List<JsonFields> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(element -> elements.add(of(element, eitherFirstLetterCase)));
        }
        return elements;
    }

    /** The text of a scalar field; {@code null} when absent, blank or not a scalar. */
    public String text(String name) {
        return scalar(get(name));
    }

    /** The texts of an array of scalars (a single scalar counts as one), blanks left out. */
    public List<String> texts(String name) {
        JsonNode value = get(name);
        List<String> texts = new ArrayList<>();
        if (value != null) {
            for (JsonNode element : value.isArray() ? value : List.of(value)) {
                String text = scalar(element);
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** A numeric field; {@code null} when absent or not a finite number. */
    public Double number(String name) {
        JsonNode value = get(name);
        return value != null && value.isNumber() && Double.isFinite(value.doubleValue()) ? value.doubleValue() : null;
    }

    /** An integral field; {@code null} when absent or not an integer that fits a long. */
    public Long integer(String name) {
        JsonNode value = get(name);
        return value != null && value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /** A boolean field; {@code null} when absent or not a JSON boolean. */
    public Boolean bool(String name) {
        JsonNode value = get(name);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    private static String scalar(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String withFirstLetterFlipped(String name) {
        char first = name.charAt(0);
        char flipped = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        return flipped + name.substring(1);
    }
}
