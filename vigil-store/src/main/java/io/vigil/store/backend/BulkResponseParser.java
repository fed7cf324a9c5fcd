package io.vigil.store.backend;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vigil.store.BulkResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads a {@code _bulk} answer reduced by {@link #FILTER} with Jackson's streaming parser: one
 * status per action, and the engine's reason for the failed ones.
 */
final class BulkResponseParser {

    /** The {@code filter_path} that keeps only what the parser reads. */
    static final String FILTER = "filter_path=items.*.status,items.*.error.type,items.*.error.reason,"
            + "items.*.error.caused_by.reason,error,status";

    private BulkResponseParser() {
    }

    static BulkResponse parse(byte[] body) {
        try (JsonParser parser = EngineTransport.JSON.getFactory().createParser(body)) {
            int[] statuses = new int[64];
            String[] errors = new String[64];
            int count = 0;
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (parser.currentName().equals("items") && parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        parser.nextToken(); // the action name: create, index, ...
                        parser.nextToken();
                        if (count == statuses.length) {
                            statuses = Arrays.copyOf(statuses, count * 2);
                            errors = Arrays.copyOf(errors, count * 2);
                        }
                        readItem(parser, statuses, errors, count++);
                        parser.nextToken(); // end of the action wrapper
                    }
                } else {
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            return new BulkResponse(Arrays.copyOf(statuses, count), Arrays.copyOf(errors, count));
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's bulk answer is not valid JSON", e);
        }
    }

    private static void readItem(JsonParser parser, int[] statuses, String[] errors, int index) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("status")) {
                statuses[index] = parser.getIntValue();
            } else if (field.equals("error") && value == JsonToken.START_OBJECT) {
                errors[index] = readError(parser);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static String readError(JsonParser parser) throws IOException {
        String type = null;
        String reason = null;
        String cause = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = parser.getText();
                case "reason" -> reason = parser.getText();
                case "caused_by" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String causeField = parser.currentName();
                            parser.nextToken();
                            if (causeField.equals("reason")) {
                                cause = parser.getText();
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return type + ": " + reason + (cause == null ? "" : " (caused by: " + cause + ")");
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
