package io.vigil.sources.securityhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.sources.json.JsonFields;

/**
 * The open-ended parts of an ASFF finding, which the mapping has no fields for, as one object kept in
 * {@code finding.details} (a JSON string of bounded length, and flattened where the engine can take
 * it): {@code ProductFields} (the product's own name/value pairs) and {@code Resources} as they came,
 * with each resource's {@code Details}, {@code Tags}, {@code Partition} and {@code Region}.
 */
final class AsffDetails {

    private AsffDetails() {
    }

    static ObjectNode of(JsonFields finding) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        put(details, "ProductFields", finding.get("ProductFields"));
        put(details, "Resources", finding.get("Resources"));
        return details;
    }

    private static void put(ObjectNode details, String name, JsonNode value) {
        if (value != null && value.isContainerNode() && !value.isEmpty()) {
            details.set(name, value);
        }
    }
}
