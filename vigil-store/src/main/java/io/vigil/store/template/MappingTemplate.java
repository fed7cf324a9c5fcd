package io.vigil.store.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The composable index template of an {@link IndexSpec}: its index pattern, one shard, the given
 * replicas, the engine's default refresh, and the mapping read from the spec's class-path resource
 * with {@code dynamic: false} enforced at the root. Fields of the pseudo type {@code vigil_flat}
 * (open-ended JSON objects) get the engine's flat object type.
 */
public final class MappingTemplate {

    /** The pseudo field type mapping resources use for open-ended JSON objects. */
    public static final String FLAT_TYPE = "vigil_flat";
    /** Above built-in templates of the engines, so Vigil's mappings win for its own indices. */
    private static final int PRIORITY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingTemplate() {
    }

    /** The template's name: the spec's prefix, e.g. {@code vigil-ecs}. */
    public static String nameOf(IndexSpec spec) {
        return spec.prefix();
    }

    public static ObjectNode of(IndexSpec spec, int replicas, ObjectNode flatObjectMapping) {
        ObjectNode mappings = mappings(spec, flatObjectMapping);
        ObjectNode template = JSON.createObjectNode();
        template.putArray("index_patterns").add(spec.pattern());
        template.put("priority", PRIORITY);
        ObjectNode body = template.putObject("template");
        body.putObject("settings").putObject("index")
                .put("number_of_shards", 1)
                .put("number_of_replicas", replicas);
        body.set("mappings", mappings);
        template.putObject("_meta")
                .put("managed_by", "vigil")
                .put("mapping_resource", spec.mappingResource());
        return template;
    }

    /** The spec's mapping as the engine gets it. */
    public static ObjectNode mappings(IndexSpec spec, ObjectNode flatObjectMapping) {
        ObjectNode mappings = load(spec);
        mappings.put("dynamic", false);
        replaceFlatTypes(mappings, flatObjectMapping);
        return mappings;
    }

    private static void replaceFlatTypes(ObjectNode node, ObjectNode flatObjectMapping) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue() instanceof ObjectNode child) {
                if (FLAT_TYPE.equals(child.path("type").asText())) {
                    field.setValue(flatObjectMapping.deepCopy());
                } else {
                    replaceFlatTypes(child, flatObjectMapping);
                }
            }
        }
    }

    private static ObjectNode load(IndexSpec spec) {
        String resource = spec.mappingResource().startsWith("/")
                ? spec.mappingResource().substring(1) : spec.mappingResource();
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : MappingTemplate.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the mapping of " + spec.prefix() + " (class-path resource "
                        + resource + ") is missing from the build");
            }
            JsonNode mappings = JSON.readTree(in);
            if (!(mappings instanceof ObjectNode object) || !mappings.has("properties")) {
                throw new IllegalStateException("the mapping resource " + resource
                        + " must be a JSON object with \"properties\"");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("the mapping resource " + resource + " is not valid JSON", e);
        }
    }
}
