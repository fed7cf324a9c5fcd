package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.finding.FindingsIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The real mappings of the indices the dashboards read (vigil-sources' templates), by index pattern. */
final class Mappings {

    static final List<IndexSpec> SPECS = List.of(CloudTrailDataset.INDEX, FindingsIndex.STATE, FindingsIndex.EVENTS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Mappings() {
    }

    static IndexSpec spec(String indexPattern) {
        return SPECS.stream().filter(spec -> spec.pattern().equals(indexPattern)).findFirst()
                .orElseThrow(() -> new AssertionError("no index template for the pattern " + indexPattern));
    }

    static JsonNode mapping(String indexPattern) {
        String resource = spec(indexPattern).mappingResource();
        try (InputStream in = Mappings.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping of a dotted field ({@code type}, {@code index}, ...), when the mapping has it. */
    static Optional<JsonNode> field(JsonNode mapping, String field) {
        JsonNode node = mapping;
        for (String part : field.split("\\.")) {
            node = node.path("properties").path(part);
            if (node.isMissingNode()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }
}
