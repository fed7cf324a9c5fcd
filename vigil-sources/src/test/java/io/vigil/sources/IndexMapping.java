package io.vigil.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.IndexSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The explicit mapping of an index family, as its resource declares it. With {@code dynamic: false} a
 * field the mapping lacks is kept in {@code _source} but cannot be searched or aggregated, so every
 * field a normalizer writes must be in it.
 */
public final class IndexMapping {

    private final JsonNode json;
    private final Map<String, String> types = new TreeMap<>();

    private IndexMapping(JsonNode json) {
        this.json = json;
        collect(json.get("properties"), "");
    }

    public static IndexMapping of(IndexSpec index) throws IOException {
        String resource = index.mappingResource();
        try (InputStream in = IndexMapping.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new IndexMapping(new ObjectMapper().readTree(in));
        }
    }

    /** The mapping as written. */
    public JsonNode json() {
        return json;
    }

    /** Every mapped field by dotted path, with its type. */
    public Map<String, String> types() {
        return types;
    }

    /** Asserts that the mapping has every field of the documents (a mapped object type, such as a flattened one, takes what is below it). */
    public void assertMapsEveryField(Iterable<Document> documents) {
        Set<String> unmapped = new TreeSet<>();
        documents.forEach(document -> leaves(document.source(), "", unmapped));
        assertThat(unmapped).as("fields written but not mapped").isEmpty();
    }

    private void collect(JsonNode properties, String prefix) {
        properties.properties().forEach(field -> {
            JsonNode definition = field.getValue();
            String path = prefix + field.getKey();
            if (definition.has("properties")) {
                collect(definition.get("properties"), path + ".");
            } else {
                types.put(path, definition.get("type").asText());
            }
        });
    }

    private void leaves(JsonNode node, String path, Set<String> unmapped) {
        if (types.containsKey(path)) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(field ->
                    leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), unmapped));
        } else if (node.isArray()) {
            node.forEach(element -> leaves(element, path, unmapped));
        } else {
            unmapped.add(path);
        }
    }
}
