package io.vigil.store.deadletter;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.pipeline.IndexSpec;
import java.io.IOException;
import java.time.Duration;

/**
 * The dead-letter indices ({@code vigil-deadletter-YYYY.MM}, named from when the record was
 * received): records that could not be parsed or indexed, with their raw text, where they came
 * from and why. Admins only.
 */
public final class DeadLetterIndex {

    /** The key of the dead-letter indices in {@code retention.datasets}. */
    public static final String DATASET = "deadletter";

    public static final IndexSpec SPEC = new IndexSpec("vigil-deadletter", IndexSpec.Rollover.MONTHLY,
            "io/vigil/store/deadletter/deadletter-mapping.json", Duration.ofDays(30));

    public static final String TIMESTAMP = "@timestamp";
    public static final String FIELD_DATASET = "dataset";
    public static final String REASON = "reason";
    public static final String RAW = "raw";
    public static final String LOCATION = "location";

    private DeadLetterIndex() {
    }

    public static String indexFor(DeadLetter letter) {
        return SPEC.indexFor(letter.receivedAt());
    }

    /** Writes the letter's document: received time, dataset, reason, raw text and source location. */
    public static void writeDocument(JsonGenerator json, DeadLetter letter) throws IOException {
        json.writeStartObject();
        json.writeStringField(TIMESTAMP, letter.receivedAt().toString());
        json.writeStringField(FIELD_DATASET, letter.dataset());
        json.writeStringField(REASON, letter.reason());
        json.writeStringField(RAW, letter.raw());
        json.writeObjectFieldStart(LOCATION);
        json.writeStringField("input", letter.location().input());
        json.writeNumberField("position", letter.location().position());
        json.writeStringField("unit", letter.location().unit().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("text", letter.location().toString());
        json.writeEndObject();
        json.writeEndObject();
    }
}
