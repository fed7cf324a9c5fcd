package io.vigil.core.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One ECS document on its way to the store: the dataset it belongs to, its stable {@code _id}, the
 * event's own timestamp (which names the time-based index), the JSON body and where it was read.
 *
 * <p>Most documents are written once ({@code version} null): a second write of the same {@code _id}
 * is "already indexed". A latest-state document (one finding, one pipeline execution) carries the
 * source's update time as an external version instead: it replaces the stored state unless that
 * state is newer, so updates delivered out of order never move a state backwards.
 *
 * @param version the external version (epoch milliseconds of the source's update time), or null
 */
public record Document(String dataset, String id, Instant timestamp, ObjectNode source, SourceLocation location,
                       Long version) {

    public Document {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        if (version != null && version < 0) {
            throw new IllegalArgumentException("an external version is not negative: " + version);
        }
    }

    /** A document written once. */
    public Document(String dataset, String id, Instant timestamp, ObjectNode source, SourceLocation location) {
        this(dataset, id, timestamp, source, location, null);
    }

    /** A latest-state document, replaced only by a state of the same or a newer version. */
    public static Document latestState(String dataset, String id, Instant updatedAt, ObjectNode source,
                                       SourceLocation location) {
        return new Document(dataset, id, updatedAt, source, location, updatedAt.toEpochMilli());
    }
}
