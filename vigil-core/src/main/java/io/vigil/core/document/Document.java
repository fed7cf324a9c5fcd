package io.vigil.core.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One ECS document on its way to the store: the dataset it belongs to, its stable {@code _id}, the
 * event's own timestamp (which names the time-based index), the JSON body and where it was read.
 */
public record Document(String dataset, String id, Instant timestamp, ObjectNode source, SourceLocation location) {

    public Document {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }
}
