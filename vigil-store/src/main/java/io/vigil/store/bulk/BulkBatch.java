package io.vigil.store.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One bulk request being built: NDJSON actions serialized straight into a reusable buffer, and the
 * items that say which bytes belong to which delivery. A document without a version is a
 * {@code create} (written once); a versioned one an {@code index} with {@code external_gte}
 * versioning (a latest state that an older update cannot overwrite).
 */
final class BulkBatch {

    /** Writes one document's JSON source. */
    interface Source {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private final ObjectMapper mapper;
    private final RequestBuffer buffer;
    private JsonGenerator json;
    private final List<BulkItem> items = new ArrayList<>();
    private long firstAddedNanos;

    BulkBatch(ObjectMapper mapper, int initialCapacity) {
        this.mapper = mapper;
        this.buffer = new RequestBuffer(initialCapacity);
        this.json = generator();
    }

    private JsonGenerator generator() {
        try {
            JsonGenerator generator = mapper.createGenerator(buffer);
            generator.setRootValueSeparator(null);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(BulkItem.Kind kind, String dataset, SourceLocation location, String index, String id, Long version,
             Delivery delivery, Source source) {
        int start = buffer.size();
        try {
            json.writeStartObject();
            json.writeObjectFieldStart(version == null ? "create" : "index");
            json.writeStringField("_index", index);
            json.writeStringField("_id", id);
            if (version != null) {
                json.writeNumberField("version", version);
                json.writeStringField("version_type", "external_gte");
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
            int sourceStart = buffer.size();
            source.writeTo(json);
            json.writeRaw('\n');
            json.flush();
            if (items.isEmpty()) {
                firstAddedNanos = System.nanoTime();
            }
            items.add(new BulkItem(kind, dataset, location, index, id, delivery, start, sourceStart, buffer.size()));
        } catch (IOException | RuntimeException e) {
            // drop the half-written action; the generator's state is unknown, so start a new one
            buffer.truncate(start);
            json = generator();
            throw new IllegalArgumentException("document " + id + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Copies an item of another request here, as is (for a retry). */
    void copy(BulkItem item, byte[] from) {
        int start = buffer.size();
        buffer.write(from, item.start, item.end - item.start);
        item.movedTo(start);
        items.add(item);
    }

    List<BulkItem> items() {
        return items;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }

    int bytes() {
        return buffer.size();
    }

    byte[] array() {
        return buffer.array();
    }

    long firstAddedNanos() {
        return firstAddedNanos;
    }

    int capacity() {
        return buffer.capacity();
    }

    void reset() {
        items.clear();
        buffer.reset();
    }
}
