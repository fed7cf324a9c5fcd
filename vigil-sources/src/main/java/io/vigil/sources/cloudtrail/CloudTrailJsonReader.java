package io.vigil.sources.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.input.Compression;
import io.vigil.sources.input.JsonContent;
import io.vigil.sources.input.LineStreams;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipException;

/**
 * Reads one JSON stream of CloudTrail content with Jackson's streaming parser and hands on every
 * record as its own text. The shape of each top-level value is told from its keys: a log file
 * ({@code Records}), a digest file (skipped), a single record, an EventBridge event (the record is
 * its {@code detail}), a CloudWatch Logs subscription envelope ({@code logEvents}, or the Lambda
 * form {@code awslogs.data}), or {@code LookupEvents} output ({@code Events[].CloudTrailEvent}).
 * Records are numbered across the whole input ({@code <input> record <n>}, from 1).
 */
final class CloudTrailJsonReader {

    private static final Set<String> RECORD_KEYS =
            Set.of("eventVersion", "eventTime", "eventID", "eventName", "eventSource", "userIdentity", "eventType");
    private static final String CLOUDTRAIL_DETAIL_TYPE_SUFFIX = " via CloudTrail";
    private static final int KEYS_IN_MESSAGES = 8;
    private static final int EXCERPT_AROUND_ERROR = 2 * 1024;
    private static final int MAX_NESTING = 2;

    private final JsonFactory json;
    private final int maxRecordBytes;
    private final SourceLocation origin;
    private final SourceLocation errorOrigin;
    private final RecordHandler handler;
    private final RecordCounter counter;
    private final int nesting;
    private final RecordCapture capture;
    private final BooleanSupplier recordTooLarge;
    private LineStreams lines;

    CloudTrailJsonReader(JsonFactory json, int maxRecordBytes, SourceLocation origin, RecordHandler handler) {
        this(json, maxRecordBytes, origin, origin, handler, new RecordCounter(), 0);
    }

    private CloudTrailJsonReader(JsonFactory json, int maxRecordBytes, SourceLocation origin, SourceLocation errorOrigin,
                                 RecordHandler handler, RecordCounter counter, int nesting) {
        this.json = json;
        this.maxRecordBytes = maxRecordBytes;
        this.origin = origin;
        this.errorOrigin = errorOrigin;
        this.handler = handler;
        this.counter = counter;
        this.nesting = nesting;
        this.capture = new RecordCapture(maxRecordBytes);
        this.recordTooLarge = capture::tooLarge;
    }

    /** Reads the input as one JSON text (one or more top-level values); invalid JSON ends the reading. */
    void readDocument(InputStream input) throws IOException {
        capture.reset(input);
        try (JsonParser parser = json.createParser(capture)) {
            try {
                readValues(parser);
            } catch (JsonProcessingException e) {
                JsonLocation at = location(e, parser);
                long offset = Math.max(0, at.getByteOffset());
                handler.malformed(errorOrigin.offset(offset),
                        capture.excerpt(offset - EXCERPT_AROUND_ERROR, offset + EXCERPT_AROUND_ERROR),
                        "invalid JSON at byte " + offset + " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                                + ") after record " + counter.count + ": " + e.getOriginalMessage()
                                + "; the rest of the input was not read");
            } catch (EOFException | ZipException e) {
                truncated(errorOrigin.record(counter.count + 1), e);
            }
        }
    }

    /** Reads the input line by line (NDJSON): a line with invalid JSON is reported and the next lines are still read. */
    void readLines(InputStream input) throws IOException {
        lines = new LineStreams(input);
        InputStream line;
        try {
            while ((line = lines.next()) != null) {
                capture.reset(line);
                try (JsonParser parser = json.createParser(capture)) {
                    try {
                        readValues(parser);
                    } catch (JsonProcessingException e) {
                        handler.malformed(errorOrigin.line(lines.lineNumber()), capture.excerpt(0, capture.position()),
                                "invalid JSON at column " + location(e, parser).getColumnNr() + " of line "
                                        + lines.lineNumber() + ": " + e.getOriginalMessage());
                    }
                }
            }
        } catch (EOFException | ZipException e) {
            truncated(errorOrigin.line(lines.lineNumber()), e);
        }
    }

    private void truncated(SourceLocation where, IOException e) {
        handler.malformed(where, capture.excerpt(),
                "compressed input is truncated or corrupt after record " + counter.count + ": " + JsonContent.describeCorruption(e));
    }

    private void readValues(JsonParser parser) throws IOException {
        if (parser.currentLocation().getByteOffset() < 0) {
            handler.malformed(where(0), "", "the input is not UTF-8; CloudTrail content is UTF-8 JSON");
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            readTopLevel(parser, token);
        }
    }

    private void readTopLevel(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            readObject(parser);
        } else if (token == JsonToken.START_ARRAY) {
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                readTopLevel(parser, token);
            }
        } else {
            handler.malformed(where(tokenStart(parser)), bounded(parser.getText()),
                    "not CloudTrail content: a JSON " + kind(token) + " where an object was expected");
        }
    }

    /** One top-level object, told apart by its keys while it streams past. */
    private void readObject(JsonParser parser) throws IOException {
        long start = tokenStart(parser);
        capture.start(start);
        boolean container = false;
        boolean digest = false;
        boolean recordLike = false;
        boolean controlMessage = false;
        String detailType = null;
        long detailFrom = -1;
        long detailTo = -1;
        List<String> keys = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (keys.size() < KEYS_IN_MESSAGES) {
                keys.add(name);
            }
            if (!digest && isContainer(name)) {
                if (!container) {
                    capture.cancel();
                    container = true;
                }
                readContainer(parser, name, value, controlMessage);
            } else if (container || digest) {
                parser.skipChildren();
            } else if (name.startsWith("digest")) {
                capture.cancel();
                digest = true;
                parser.skipChildren();
            } else if (name.equals("detail-type") && value == JsonToken.VALUE_STRING) {
                detailType = parser.getText();
            } else if (name.equals("messageType") && value == JsonToken.VALUE_STRING) {
                controlMessage = "CONTROL_MESSAGE".equals(parser.getText());
            } else if (name.equals("detail") && value == JsonToken.START_OBJECT) {
                detailFrom = tokenStart(parser) - start;
                parser.skipChildren();
                detailTo = tokenStart(parser) + 1 - start;
            } else {
                recordLike |= RECORD_KEYS.contains(name);
                parser.skipChildren();
            }
        }
        if (container || digest) {
            return;
        }
        RecordCapture.Captured object = capture.end(tokenStart(parser) + 1);
        if (detailType != null) {
            eventBridge(object, detailType, detailFrom, detailTo, start);
        } else if (recordLike) {
            emit(object);
        } else {
            handler.malformed(where(start), object.text(), keys.isEmpty()
                    ? "not a CloudTrail log file: an empty JSON object"
                    : "not a CloudTrail log file: a JSON object with keys " + keys
                            + " (expected Records, a CloudTrail record, an EventBridge CloudTrail event,"
                            + " a CloudWatch Logs envelope or LookupEvents output)");
        }
    }

    private static boolean isContainer(String name) {
        return switch (name) {
            case "Records", "Events", "logEvents", "awslogs" -> true;
            default -> false;
        };
    }

    private void readContainer(JsonParser parser, String name, JsonToken value, boolean controlMessage) throws IOException {
        switch (name) {
            case "Records" -> readArray(parser, name, value, this::readRecordElement);
            case "Events" -> readArray(parser, name, value, (p, t) -> readEmbedded(p, t, "Events", "CloudTrailEvent"));
            case "logEvents" -> {
                if (controlMessage) {
                    parser.skipChildren();
                } else {
                    readArray(parser, name, value, (p, t) -> readEmbedded(p, t, "logEvents", "message"));
                }
            }
            default -> readAwsLogs(parser, value);
        }
    }

    private interface ElementReader {
        void read(JsonParser parser, JsonToken token) throws IOException;
    }

    private void readArray(JsonParser parser, String name, JsonToken value, ElementReader element) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            handler.malformed(where(tokenStart(parser)), value.isScalarValue() ? bounded(parser.getText()) : "",
                    "not a CloudTrail log file: " + name + " is a JSON " + kind(value) + ", expected an array");
            parser.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            element.read(parser, token);
        }
    }

    private void readRecordElement(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            notAnObject(parser, token, "Records");
            return;
        }
        capture.start(tokenStart(parser));
        CloudTrailRecord fields = CloudTrailRecord.read(parser, recordTooLarge);
        emit(capture.end(tokenStart(parser) + 1), fields);
    }

    /** An element whose record is a JSON string in one of its fields (LookupEvents, CloudWatch Logs). */
    private void readEmbedded(JsonParser parser, JsonToken token, String container, String field) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            notAnObject(parser, token, container);
            return;
        }
        capture.start(tokenStart(parser));
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = parser.currentName().equals(field);
            if (parser.nextToken() == JsonToken.VALUE_STRING && wanted) {
                text = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        RecordCapture.Captured element = capture.end(tokenStart(parser) + 1);
        SourceLocation location = origin.record(counter.next());
        if (text == null) {
            handler.malformed(location, element.text(), "an entry of " + container + " without a " + field + " string");
        } else if (text.length() > maxRecordBytes) {
            handler.malformed(location, bounded(text),
                    "record of " + text.length() + " characters exceeds the limit of " + maxRecordBytes + " bytes");
        } else {
            handler.record(new RawRecord(location, text));
        }
    }

    /** The Lambda form of a CloudWatch Logs subscription: {@code {"awslogs":{"data":"<base64 gzip>"}}}. */
    private void readAwsLogs(JsonParser parser, JsonToken value) throws IOException {
        long start = tokenStart(parser);
        String data = null;
        if (value == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = parser.currentName().equals("data");
                if (parser.nextToken() == JsonToken.VALUE_STRING && wanted) {
                    data = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
        }
        if (data == null) {
            handler.malformed(where(start), "", "not a CloudWatch Logs envelope: awslogs has no data string");
            return;
        }
        if (nesting >= MAX_NESTING) {
            handler.malformed(where(start), bounded(data), "CloudWatch Logs envelopes nested too deeply");
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            handler.malformed(where(start), bounded(data), "awslogs.data is not base64: " + e.getMessage());
            return;
        }
        SourceLocation nested = SourceLocation.whole(errorOrigin.input() + " awslogs.data at byte " + start);
        InputStream content;
        try {
            content = Compression.decompressed(new ByteArrayInputStream(decoded));
        } catch (EOFException | ZipException e) {
            handler.malformed(where(start), bounded(data), "awslogs.data is not valid gzip: " + JsonContent.describeCorruption(e));
            return;
        }
        new CloudTrailJsonReader(json, maxRecordBytes, origin, nested, handler, counter, nesting + 1).readDocument(content);
    }

    private void emit(RecordCapture.Captured record) {
        emit(record, null);
    }

    /** Hands the record on, with the fields already read from it for the normalizer when they are those of its text. */
    private void emit(RecordCapture.Captured record, CloudTrailRecord fields) {
        SourceLocation location = origin.record(counter.next());
        if (record.oversized()) {
            handler.malformed(location, record.text(),
                    "record of " + record.size() + " bytes exceeds the limit of " + maxRecordBytes + " bytes");
            return;
        }
        String text = record.text();
        // bytes that are not valid UTF-8 became U+FFFD in the text, but Jackson may have read them otherwise
        if (fields != null && text.indexOf('\uFFFD') < 0) {
            DecodedRecords.offer(text, fields);
        }
        handler.record(new RawRecord(location, text));
    }

    private void eventBridge(RecordCapture.Captured event, String detailType, long detailFrom, long detailTo, long start) {
        if (!detailType.endsWith(CLOUDTRAIL_DETAIL_TYPE_SUFFIX)) {
            handler.malformed(where(start), event.text(), "an EventBridge event of detail-type '" + bounded(detailType)
                    + "', not a CloudTrail event (expected a detail-type ending in 'via CloudTrail')");
        } else if (event.oversized()) {
            emit(event);
        } else if (detailFrom < 0) {
            handler.malformed(where(start), event.text(), "an EventBridge CloudTrail event without a detail object");
        } else {
            handler.record(new RawRecord(origin.record(counter.next()), event.text(detailFrom, detailTo)));
        }
    }

    private void notAnObject(JsonParser parser, JsonToken token, String container) throws IOException {
        SourceLocation location = origin.record(counter.next());
        handler.malformed(location, token.isScalarValue() ? bounded(parser.getText()) : "",
                "an entry of " + container + " must be a JSON object, got a JSON " + kind(token));
        parser.skipChildren();
    }

    private SourceLocation where(long offset) {
        return lines != null ? errorOrigin.line(lines.lineNumber()) : errorOrigin.offset(offset);
    }

    private static long tokenStart(JsonParser parser) {
        return parser.currentTokenLocation().getByteOffset();
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }

    private String bounded(String text) {
        return text.length() <= RecordCapture.PREVIEW_BYTES ? text : text.substring(0, RecordCapture.PREVIEW_BYTES);
    }

    private static String kind(JsonToken token) {
        return CloudTrailRecord.kind(token);
    }

    /** Numbers records across an input, nested envelopes included. */
    private static final class RecordCounter {
        private long count;

        long next() {
            return ++count;
        }
    }
}
