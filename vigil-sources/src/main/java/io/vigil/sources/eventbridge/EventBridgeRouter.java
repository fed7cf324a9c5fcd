package io.vigil.sources.eventbridge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts a request body of EventBridge events by dataset, as {@link EventRoutes} says, from each
 * event's top-level {@code source} and {@code detail-type}. The body is one event (as an API
 * destination sends it), a JSON array of events (as forwarders batch them), or events one after
 * the other (NDJSON). Events are passed on as they were sent, byte for byte but for line breaks
 * between tokens (a JSON string cannot hold a raw line break, so none is lost), one per line.
 *
 * <p>Anything else is reported, never thrown: a value that is not an object, an object without
 * string {@code source} and {@code detail-type}, an event no route takes, and invalid JSON, which
 * ends the reading (the events before it are still routed). The body is bounded by the ingest
 * caps before it gets here.
 */
public final class EventBridgeRouter {

    /** Characters of a sender's value quoted in a reason. */
    private static final int QUOTED_CHARS = 200;
    private static final int KEYS_IN_REASONS = 8;
    private static final int EXCERPT_BEFORE_ERROR = 4 * 1024;
    private static final int EXCERPT_AFTER_ERROR = 1024;

    private final JsonFactory json = new JsonFactory();
    private final EventRoutes routes;

    public EventBridgeRouter(EventRoutes routes) {
        this.routes = routes;
    }

    public EventRoutes routes() {
        return routes;
    }

    public RoutedEvents route(byte[] body) {
        return new Reading(body).read();
    }

    /** The state of one body being read. */
    private final class Reading {

        private final byte[] body;
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final List<UnroutedEvent> unrouted = new ArrayList<>();
        private int read;
        /** Where the event being read starts, or where the last one ended: excerpts of invalid JSON start there. */
        private long eventStart;

        Reading(byte[] body) {
            this.body = body;
        }

        RoutedEvents read() {
            try (JsonParser parser = json.createParser(body)) {
                if (parser.currentLocation().getByteOffset() < 0) {
                    unrouted.add(new UnroutedEvent(1, "the body is not UTF-8; EventBridge events are UTF-8 JSON",
                            excerpt(0, EXCERPT_AFTER_ERROR)));
                } else {
                    readValues(parser);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading a byte array failed", e);
            }
            return new RoutedEvents(groups.values().stream().map(Group::events).toList(), unrouted);
        }

        private void readValues(JsonParser parser) throws IOException {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY) {
                        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                            readEvent(parser, token);
                        }
                    } else {
                        readEvent(parser, token);
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                long offset = Math.max(0, at.getByteOffset());
                unrouted.add(new UnroutedEvent(read + 1, "invalid JSON at byte " + offset + " (line " + at.getLineNr()
                        + ", column " + at.getColumnNr() + ") in event " + (read + 1) + ": " + e.getOriginalMessage()
                        + "; the rest of the body was not read",
                        excerpt(Math.max(eventStart, offset - EXCERPT_BEFORE_ERROR), offset + EXCERPT_AFTER_ERROR)));
            }
        }

        private void readEvent(JsonParser parser, JsonToken token) throws IOException {
            eventStart = tokenStart(parser);
            routeEvent(parser, token);
            eventStart = parser.currentLocation().getByteOffset();
        }

        private void routeEvent(JsonParser parser, JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                String raw = token.isScalarValue() ? parser.getText() : null;
                parser.skipChildren();
                unrouted.add(new UnroutedEvent(++read, "not an EventBridge event: a JSON " + kind(token)
                        + " where an event object was expected", raw != null ? raw : excerpt(eventStart, end(parser))));
                return;
            }
            String source = null;
            String detailType = null;
            List<String> keys = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (keys.size() < KEYS_IN_REASONS) {
                    keys.add(quoted(name));
                }
                if (value == JsonToken.VALUE_STRING && name.equals("source")) {
                    source = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && name.equals("detail-type")) {
                    detailType = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            int index = ++read;
            long end = end(parser);
            if (source == null || detailType == null) {
                unrouted.add(new UnroutedEvent(index, "not an EventBridge event: it needs the strings 'source' and"
                        + " 'detail-type'; its keys are " + keys, excerpt(eventStart, end)));
                return;
            }
            Optional<String> dataset = routes.datasetFor(source, detailType);
            if (dataset.isEmpty()) {
                unrouted.add(new UnroutedEvent(index, "no dataset takes EventBridge events of source '" + quoted(source)
                        + "' and detail-type '" + quoted(detailType) + "'", excerpt(eventStart, end)));
                return;
            }
            groups.computeIfAbsent(dataset.get(), Group::new).add(body, (int) eventStart, (int) end);
        }

        /** Just past the current token, the end of a value just skipped. */
        private long end(JsonParser parser) {
            return tokenStart(parser) + 1;
        }

        private String excerpt(long from, long to) {
            int start = (int) Math.max(0, from);
            int end = (int) Math.min(body.length, to);
            return start >= end ? "" : new String(body, start, end - start, StandardCharsets.UTF_8);
        }
    }

    /** The NDJSON of one dataset, growing. */
    private static final class Group {

        private final String dataset;
        private final ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        private int count;

        Group(String dataset) {
            this.dataset = dataset;
        }

        void add(byte[] body, int from, int to) {
            int start = from;
            for (int i = from; i < to; i++) {
                if (body[i] == '\n' || body[i] == '\r') {
                    ndjson.write(body, start, i - start);
                    start = i + 1;
                }
            }
            ndjson.write(body, start, to - start);
            ndjson.write('\n');
            count++;
        }

        DatasetEvents events() {
            return new DatasetEvents(dataset, ndjson.toByteArray(), count);
        }
    }

    private static long tokenStart(JsonParser parser) {
        return parser.currentTokenLocation().getByteOffset();
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED_CHARS ? value : value.substring(0, QUOTED_CHARS) + "...";
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
