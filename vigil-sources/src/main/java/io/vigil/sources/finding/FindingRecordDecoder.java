package io.vigil.sources.finding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.input.JsonContent;
import io.vigil.sources.input.LineStreams;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Splits findings content into one bare finding per record, whatever envelope it came in: GuardDuty
 * S3 exports (JSON lines, gzip), EventBridge events (the finding is the {@code detail}, or each of
 * {@code detail.findings} for Security Hub), API output ({@code {"findings":[...]}},
 * {@code {"Findings":[...]}}), bare arrays and single findings, in any form {@link JsonContent} reads.
 * Finding arrays of one JSON text are streamed, not held whole. Records are numbered across the input
 * ({@code <input> record <n>}); in NDJSON they are located by line, and a broken line does not stop
 * the next ones.
 */
public final class FindingRecordDecoder implements RecordDecoder {

    /** Default bound of one finding: larger ones are reported as malformed. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;
    private static final int PREVIEW_CHARS = 4 * 1024;
    /** EventBridge detail types whose detail is one finding. */
    private static final Set<String> SINGLE_FINDING_EVENTS = Set.of("GuardDuty Finding", "Inspector2 Finding");
    /** EventBridge detail types whose {@code detail.findings} holds findings (Security Hub). */
    private static final Set<String> FINDING_LIST_EVENTS = Set.of(
            "Security Hub Findings - Imported", "Security Hub Findings - Custom Action");

    private final ObjectMapper mapper = new ObjectMapper(
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());
    private final int maxRecordBytes;

    public FindingRecordDecoder(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    public FindingRecordDecoder() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    @Override
    public void decode(InputStream input, SourceLocation origin, RecordHandler handler) throws IOException {
        JsonContent.Opened content;
        try {
            content = new JsonContent(mapper.getFactory()).open(input);
        } catch (EOFException | ZipException e) {
            handler.malformed(origin, "", "compressed input is truncated or corrupt at its start: "
                    + JsonContent.describeCorruption(e));
            return;
        }
        Reading reading = new Reading(origin, handler);
        try {
            if (content.lineDelimited()) {
                reading.lines(content.stream());
            } else {
                reading.document(content.stream());
            }
        } catch (EOFException | ZipException e) {
            handler.malformed(reading.next(), "", "compressed input is truncated or corrupt after record "
                    + reading.records + ": " + JsonContent.describeCorruption(e) + "; the rest was not read");
        }
    }

    /** The state of reading one input. */
    private final class Reading {
        private final SourceLocation origin;
        private final RecordHandler handler;
        private long records;
        private long line = -1;

        Reading(SourceLocation origin, RecordHandler handler) {
            this.origin = origin;
            this.handler = handler;
        }

        /** Where the record after the last one counted is. */
        SourceLocation next() {
            return line > 0 ? origin.line(line) : origin.record(records + 1);
        }

        void lines(InputStream input) throws IOException {
            LineStreams lines = new LineStreams(input);
            InputStream text;
            while ((text = lines.next()) != null) {
                line = lines.lineNumber();
                try (JsonParser parser = mapper.getFactory().createParser(text)) {
                    values(parser);
                } catch (JsonProcessingException e) {
                    handler.malformed(origin.line(line), "", "invalid JSON at column "
                            + e.getLocation().getColumnNr() + " of line " + line + ": " + e.getOriginalMessage());
                }
            }
        }

        void document(InputStream input) throws IOException {
            try (JsonParser parser = mapper.getFactory().createParser(input)) {
                try {
                    values(parser);
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    handler.malformed(origin.offset(Math.max(0, at.getByteOffset())), "",
                            "invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                                    + " after record " + records + ": " + e.getOriginalMessage()
                                    + "; the rest of the input was not read");
                }
            }
        }

        /** A top-level object: its finding array is streamed; anything else is read whole. */
        private void object(JsonParser parser) throws IOException {
            ObjectNode rest = mapper.createObjectNode();
            boolean findingList = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && name.equalsIgnoreCase("findings")) {
                    findingList = true;
                    elements(parser);
                } else {
                    rest.set(name, mapper.readTree(parser));
                }
            }
            if (!findingList) {
                unwrap(rest);
            }
        }

        private void elements(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.START_OBJECT) {
                    unwrap(mapper.readTree(parser));
                } else if (token == JsonToken.START_ARRAY) {
                    elements(parser);
                } else {
                    scalar(parser, token);
                }
            }
        }

        private void scalar(JsonParser parser, JsonToken token) throws IOException {
            records++;
            handler.malformed(current(), preview(parser.getText()), "a JSON " + (token.isNumeric() ? "number"
                    : token == JsonToken.VALUE_STRING ? "string" : "literal") + " where a finding object was expected");
        }

        private void values(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT) {
                    object(parser);
                } else if (token == JsonToken.START_ARRAY) {
                    elements(parser);
                } else {
                    scalar(parser, token);
                }
            }
        }

        /** One object: an EventBridge event (unwrapped to its findings) or a finding. */
        private void unwrap(JsonNode node) {
            JsonNode detailType = node.get("detail-type");
            JsonNode detail = node.get("detail");
            if (detailType == null || detail == null) {
                finding(node);
                return;
            }
            String type = detailType.asText();
            if (SINGLE_FINDING_EVENTS.contains(type)) {
                finding(detail);
            } else if (FINDING_LIST_EVENTS.contains(type) && detail.path("findings").isArray()) {
                detail.path("findings").forEach(this::finding);
            } else {
                records++;
                handler.malformed(current(), preview(node.toString()), "the EventBridge event '" + type + "' from "
                        + node.path("source").asText("an unknown source") + " holds no finding");
            }
        }

        private void finding(JsonNode finding) {
            records++;
            String text = finding.toString();
            if (!finding.isObject()) {
                handler.malformed(current(), preview(text), "a JSON " + finding.getNodeType().name().toLowerCase(Locale.ROOT)
                        + " where a finding object was expected");
            } else if (text.length() > maxRecordBytes) {
                handler.malformed(current(), preview(text), "the finding is " + text.length()
                        + " characters long, more than the limit of " + maxRecordBytes + " for one finding");
            } else {
                handler.record(new RawRecord(current(), text));
            }
        }

        /** Where the record just counted is. */
        private SourceLocation current() {
            return line > 0 ? origin.line(line) : origin.record(records);
        }

        private String preview(String text) {
            return text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS);
        }
    }
}
