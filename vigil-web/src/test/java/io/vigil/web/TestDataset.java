package io.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Enricher;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.core.pipeline.RecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * A tiny dataset for the HTTP tests: one JSON object per line, {@code {"id":..,"@timestamp":..,"project":..}},
 * and an enricher that copies {@code project} (a string or an array) into {@code vigil.project}, standing in
 * for the project map.
 */
public final class TestDataset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDataset() {
    }

    public static Dataset named(String name) {
        return new Dataset(name, new IndexSpec("vigil-" + name, IndexSpec.Rollover.MONTHLY, "unused.json",
                Duration.ofDays(30)), lines(), (record, out) -> normalize(name, record, out));
    }

    /** Sets {@code vigil.project} from the record's own {@code project} field. */
    public static Enricher projectFromRecord() {
        return document -> {
            JsonNode project = document.source().get("project");
            if (project != null) {
                Fields.put(document.source(), Ecs.VIGIL_PROJECT, Fields.texts(document.source(), "project"));
            }
        };
    }

    private static RecordDecoder lines() {
        return (input, origin, handler) -> readLines(input, origin, handler);
    }

    private static void readLines(InputStream input, SourceLocation origin, RecordHandler handler)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        long number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (!line.isBlank()) {
                handler.record(new RawRecord(origin.line(number), line));
            }
        }
    }

    private static void normalize(String dataset, RawRecord record, Consumer<Document> out)
            throws BadRecordException {
        try {
            JsonNode node = JSON.readTree(record.text());
            if (!(node instanceof ObjectNode object) || !object.hasNonNull("id") || !object.hasNonNull("@timestamp")) {
                throw new BadRecordException("expected an object with id and @timestamp");
            }
            out.accept(new Document(dataset, object.get("id").asText(), Instant.parse(object.get("@timestamp").asText()),
                    object, record.location()));
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new BadRecordException("not a test record: " + e.getMessage());
        }
    }
}
