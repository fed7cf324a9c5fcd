package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.Ingested;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CloudTrailDecoderTest {

    private static final String RECORD = record("e-1", "2026-11-02T08:00:00Z");

    static String record(String id, String time) {
        return "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":\"AIDAEXAMPLE\","
                + "\"arn\":\"arn:aws:iam::111122223333:user/ana\",\"accountId\":\"111122223333\",\"userName\":\"ana\"},"
                + "\"eventTime\":\"" + time + "\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"PutObject\","
                + "\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"198.51.100.7\",\"userAgent\":\"aws-cli/2\","
                + "\"requestParameters\":{\"bucketName\":\"b\",\"key\":\"k\"},\"responseElements\":null,"
                + "\"eventID\":\"" + id + "\",\"readOnly\":false,\"eventType\":\"AwsApiCall\","
                + "\"recipientAccountId\":\"111122223333\"}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String logFile(int records) {
        StringBuilder text = new StringBuilder("{\"Records\":[");
        for (int i = 1; i <= records; i++) {
            text.append(i > 1 ? "," : "").append(record("e-" + i, "2026-11-02T08:00:00Z"));
        }
        return text.append("]}").toString();
    }

    private static String cloudWatchEnvelope(String messageType, String... messages) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < messages.length; i++) {
            events.append(i > 0 ? "," : "").append("{\"id\":\"3726").append(i).append("\",\"timestamp\":1764230400000,")
                    .append("\"message\":").append(quoted(messages[i])).append('}');
        }
        return "{\"messageType\":\"" + messageType + "\",\"owner\":\"111122223333\",\"logGroup\":\"aws-cloudtrail-logs\","
                + "\"logStream\":\"111122223333_CloudTrail_eu-west-1\",\"subscriptionFilters\":[\"vigil\"],"
                + "\"logEvents\":[" + events + "]}";
    }

    private static String eventBridge(String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"6f6e6b1c-0000-4000-8000-000000000001\",\"detail-type\":\"" + detailType + "\","
                + "\"source\":\"aws.s3\",\"account\":\"111122223333\",\"time\":\"2026-11-02T08:00:01Z\","
                + "\"region\":\"eu-west-1\",\"resources\":[],\"detail\":" + detail + "}";
    }

    private static Ingested ingest(byte[] input, String name) throws IOException {
        return Ingested.of(CloudTrailDataset.create(), input, name);
    }

    private static Ingested ingest(CloudTrailDecoder decoder, byte[] input, String name) throws IOException {
        return Ingested.of(decoder, new CloudTrailNormalizer(), input, name);
    }

    @Test
    void everyRecordOfALogFileIsHandedOnVerbatimWithItsNumber() throws IOException {
        Ingested ingested = ingest(bytes(logFile(3)), "log.json");
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.records).extracting(RawRecord::text)
                .containsExactly(record("e-1", "2026-11-02T08:00:00Z"), record("e-2", "2026-11-02T08:00:00Z"),
                        record("e-3", "2026-11-02T08:00:00Z"));
        assertThat(ingested.records).extracting(r -> r.location().toString())
                .containsExactly("log.json record 1", "log.json record 2", "log.json record 3");
    }

    @Test
    void aLargeGzipLogFileStreamsEveryRecord() throws IOException {
        Ingested ingested = ingest(gzip(bytes(logFile(20_000))), "big.json.gz");
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.documents).hasSize(20_000);
        assertThat(ingested.documents.get(19_999).id()).isEqualTo("e-20000");
    }

    @Test
    void emptyRecordsIsNothingToIndexAndNoError() throws IOException {
        Ingested ingested = ingest(bytes("{\"Records\":[]}"), "empty.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformed).isEmpty();
    }

    @Test
    void emptyInputIsNothingToIndex() throws IOException {
        Ingested ingested = ingest(bytes(" \n"), "blank.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformed).isEmpty();
    }

    @Test
    void digestFilesAreRecognizedAndSkipped() throws IOException {
        String digest = "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"2026-11-02T07:00:00Z\","
                + "\"digestEndTime\":\"2026-11-02T08:00:00Z\",\"digestS3Bucket\":\"trail-bucket\","
                + "\"digestS3Object\":\"AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/2026/11/02/x.json.gz\","
                + "\"digestPublicKeyFingerprint\":\"abc\",\"digestSignatureAlgorithm\":\"SHA256withRSA\","
                + "\"newestEventTime\":\"2026-11-02T07:59:00Z\",\"oldestEventTime\":\"2026-11-02T07:00:10Z\","
                + "\"previousDigestS3Bucket\":null,\"previousDigestSignature\":null,"
                + "\"logFiles\":[{\"s3Bucket\":\"trail-bucket\",\"s3Object\":\"AWSLogs/x.json.gz\",\"hashValue\":\"00\","
                + "\"hashAlgorithm\":\"SHA-256\",\"newestEventTime\":\"2026-11-02T07:59:00Z\",\"oldestEventTime\":\"2026-11-02T07:00:10Z\"}]}";
        for (byte[] input : List.of(bytes(digest), gzip(bytes(digest)))) {
            Ingested ingested = ingest(input, "digest.json.gz");
            assertThat(ingested.records).isEmpty();
            assertThat(ingested.malformed).isEmpty();
        }
    }

    @Test
    void ndjsonKeepsReadingAfterABrokenLine() throws IOException {
        String input = record("e-1", "2026-11-02T08:00:00Z") + "\n"
                + "{\"eventID\":\"e-2\",\"eventTime\": nope}\n"
                + "\n"
                + record("e-3", "2026-11-02T08:00:00Z") + "\r\n";
        Ingested ingested = ingest(bytes(input), "lines.ndjson");
        assertThat(ingested.documents).extracting(Document::id).containsExactly("e-1", "e-3");
        assertThat(ingested.records).extracting(r -> r.location().toString())
                .containsExactly("lines.ndjson record 1", "lines.ndjson record 2");
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("lines.ndjson line 2");
            assertThat(m.reason()).startsWith("invalid JSON at column ").contains("of line 2: Unrecognized token 'nope'");
            assertThat(m.raw()).isEqualTo("{\"eventID\":\"e-2\",\"eventTime\": nope}");
        });
    }

    @Test
    void ndjsonWithABrokenFirstLineStillReadsTheRest() throws IOException {
        String input = "{\"eventID\":\"e-0\",\"eventTi\n" + record("e-1", "2026-11-02T08:00:00Z") + "\n";
        Ingested ingested = ingest(bytes(input), "lines.ndjson");
        assertThat(ingested.documents).extracting(Document::id).containsExactly("e-1");
        assertThat(ingested.malformedReasons()).singleElement().asString().startsWith("lines.ndjson line 1: invalid JSON");
    }

    @Test
    void invalidJsonIsReportedAtItsByteOffsetAfterTheRecordsBeforeIt() throws IOException {
        // byte 28 is the '#': {"Records":[ is 12 bytes, {"eventID":"a"} 15, then the comma
        Ingested ingested = ingest(bytes("{\"Records\":[{\"eventID\":\"a\"},#]}"), "bad.json");
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly("{\"eventID\":\"a\"}");
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("bad.json at byte 28");
            assertThat(m.reason()).startsWith("invalid JSON at byte 28 (line 1, column 29) after record 1: Unexpected character ('#'")
                    .endsWith("; the rest of the input was not read");
            assertThat(m.raw()).contains("#]}");
        });
    }

    @Test
    void truncatedJsonIsReported() throws IOException {
        String whole = "{\n  \"Records\": [\n" + record("e-1", "2026-11-02T08:00:00Z") + ",\n" + record("e-2", "2026-11-02T08:00:00Z");
        Ingested ingested = ingest(bytes(whole.substring(0, whole.length() - 40)), "cut.json");
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(record("e-1", "2026-11-02T08:00:00Z"));
        assertThat(ingested.malformedReasons()).singleElement().asString()
                .startsWith("cut.json at byte ").contains("after record 1: Unexpected end-of-input");
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheCutAndReportsWhereItBroke() throws IOException {
        byte[] whole = gzip(bytes(logFile(5_000)));
        Ingested ingested = ingest(Arrays.copyOf(whole, whole.length / 2), "cut.json.gz");
        int read = ingested.records.size();
        assertThat(read).isBetween(1, 4_999);
        assertThat(ingested.documents.get(read - 1).id()).isEqualTo("e-" + read);
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("cut.json.gz record " + (read + 1));
            assertThat(m.reason()).startsWith("compressed input is truncated or corrupt after record " + read + ": ");
        });
    }

    @Test
    void aSmallTruncatedGzipIsReportedToo() throws IOException {
        byte[] whole = gzip(bytes(logFile(2)));
        Ingested ingested = ingest(Arrays.copyOf(whole, whole.length - 12), "small.json.gz");
        assertThat(ingested.malformedReasons()).singleElement().asString().contains("truncated or corrupt");
        assertThat(ingest(Arrays.copyOf(whole, 5), "header.json.gz").malformedReasons())
                .containsExactly("header.json.gz: compressed input is truncated or corrupt at its start: unexpected end of input");
    }

    @Test
    void aJsonFileThatIsNotCloudTrailIsMalformed() throws IOException {
        Ingested ingested = ingest(bytes("{\"findings\":[{\"id\":\"x\"}],\"nextToken\":null}"), "guardduty.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformedReasons()).containsExactly("guardduty.json at byte 0: not a CloudTrail log file: "
                + "a JSON object with keys [findings, nextToken] (expected Records, a CloudTrail record, an EventBridge"
                + " CloudTrail event, a CloudWatch Logs envelope or LookupEvents output)");
    }

    @Test
    void recordsThatIsNotAnArrayIsMalformed() throws IOException {
        Ingested ingested = ingest(bytes("{\"Records\":{\"eventID\":\"x\"}}"), "odd.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformedReasons())
                .containsExactly("odd.json at byte 11: not a CloudTrail log file: Records is a JSON object, expected an array");
    }

    @Test
    void anEntryOfRecordsThatIsNotAnObjectIsMalformedAndTheRestIsRead() throws IOException {
        Ingested ingested = ingest(bytes("{\"Records\":[\"oops\"," + RECORD + "]}"), "mixed.json");
        assertThat(ingested.malformedReasons())
                .containsExactly("mixed.json record 1: an entry of Records must be a JSON object, got a JSON string");
        assertThat(ingested.malformed.get(0).raw()).isEqualTo("oops");
        assertThat(ingested.records).extracting(r -> r.location().toString()).containsExactly("mixed.json record 2");
    }

    @Test
    void aScalarAtTopLevelIsMalformed() throws IOException {
        Ingested ingested = ingest(bytes("42"), "n.json");
        assertThat(ingested.malformedReasons())
                .containsExactly("n.json at byte 0: not CloudTrail content: a JSON number where an object was expected");
    }

    @Test
    void aRecordOverTheBoundIsMalformedWithItsBeginningAndTheOthersAreRead() throws IOException {
        String huge = RECORD.replace("\"userAgent\":\"aws-cli/2\"", "\"userAgent\":\"" + "x".repeat(5_000) + "\"")
                .replace("e-1", "e-2");
        String input = "{\"Records\":[" + record("e-1", "2026-11-02T08:00:00Z") + "," + huge + ","
                + record("e-3", "2026-11-02T08:00:00Z") + "]}";
        Ingested ingested = ingest(new CloudTrailDecoder(1_000), bytes(input), "big.json");
        assertThat(ingested.records).extracting(r -> r.location().toString()).containsExactly("big.json record 1", "big.json record 3");
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("big.json record 2");
            assertThat(m.reason()).isEqualTo("record of " + bytes(huge).length + " bytes exceeds the limit of 1000 bytes");
            assertThat(m.raw()).startsWith("{\"eventVersion\":\"1.08\"").hasSizeLessThanOrEqualTo(RecordCapture.PREVIEW_BYTES);
        });
    }

    @Test
    void aRecordLargerThanTheReadWindowButWithinTheBoundIsKeptWhole() throws IOException {
        String large = RECORD.replace("\"key\":\"k\"", "\"key\":\"" + "k".repeat(300_000) + "\"");
        Ingested ingested = ingest(gzip(bytes("{\"Records\":[" + large + "," + RECORD + "]}")), "large.json.gz");
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(large, RECORD);
    }

    @Test
    void theBoundIsExact() throws IOException {
        int size = bytes(RECORD).length;
        byte[] input = bytes("{\"Records\":[" + RECORD + "," + RECORD.replace("e-1", "e-2") + "]}");
        assertThat(ingest(new CloudTrailDecoder(size), input, "f").records).hasSize(2);
        assertThat(ingest(new CloudTrailDecoder(size - 1), input, "f").malformedReasons()).containsExactly(
                "f record 1: record of " + size + " bytes exceeds the limit of " + (size - 1) + " bytes",
                "f record 2: record of " + size + " bytes exceeds the limit of " + (size - 1) + " bytes");
    }

    @Test
    void aRecordFarOverTheBoundKeepsOnlyItsBeginningAndReadingGoesOn() throws IOException {
        String huge = RECORD.replace("\"key\":\"k\"", "\"key\":\"" + "k".repeat(500_000) + "\"");
        Ingested ingested = ingest(new CloudTrailDecoder(100_000),
                gzip(bytes("{\"Records\":[" + huge + "," + RECORD + "]}")), "huge.json.gz");
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo("record of " + bytes(huge).length + " bytes exceeds the limit of 100000 bytes");
            assertThat(m.raw()).hasSize(RecordCapture.PREVIEW_BYTES).startsWith("{\"eventVersion\"");
        });
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(RECORD);
    }

    @Test
    void hostileUnicodePassesAsData() throws IOException {
        String hostile = "<script>\\u0000\\u001b[31m\u202e\u200d\u0430dmin\ud83d\ude00";
        Ingested ingested = ingest(bytes("{\"Records\":[" + RECORD.replace("aws-cli/2", hostile) + "]}"), "hostile.json");
        assertThat(Ingested.text(ingested.single(), "user_agent.original"))
                .isEqualTo("<script>\u0000\u001b[31m\u202e\u200d\u0430dmin\ud83d\ude00");
    }

    @Test
    void invalidUtf8StopsALogFileWhereItIsButOnlyItsLineInNdjson() throws IOException {
        String[] around = RECORD.replace("aws-cli/2", "@@").split("@@");
        ByteArrayOutputStream corrupt = new ByteArrayOutputStream();
        corrupt.writeBytes(bytes(around[0]));
        corrupt.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
        corrupt.writeBytes(bytes(around[1]));
        ByteArrayOutputStream logFile = new ByteArrayOutputStream();
        logFile.writeBytes(bytes("{\"Records\":["));
        logFile.writeBytes(corrupt.toByteArray());
        logFile.writeBytes(bytes("," + RECORD + "]}"));
        int at = 12 + around[0].length() + 1; // Jackson reports invalid UTF-8 just after the bad byte
        assertThat(ingest(logFile.toByteArray(), "bad.json").malformedReasons()).containsExactly("bad.json at byte " + at
                + ": invalid JSON at byte " + at + " (line 1, column " + (at + 1) + ") after record 0: Invalid UTF-8 start byte 0xff;"
                + " the rest of the input was not read");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes(bytes(RECORD + "\n"));
        lines.writeBytes(corrupt.toByteArray());
        lines.writeBytes(bytes("\n" + RECORD.replace("e-1", "e-3") + "\n"));
        Ingested ndjson = ingest(lines.toByteArray(), "bad.ndjson");
        assertThat(ndjson.documents).extracting(Document::id).containsExactly("e-1", "e-3");
        assertThat(ndjson.malformedReasons()).singleElement().asString().startsWith("bad.ndjson line 2: invalid JSON at column ")
                .endsWith("Invalid UTF-8 start byte 0xff");
    }

    @Test
    void anOversizedSingleRecordIsMalformed() throws IOException {
        String huge = RECORD.replace("\"userAgent\":\"aws-cli/2\"", "\"userAgent\":\"" + "x".repeat(5_000) + "\"");
        Ingested ingested = ingest(new CloudTrailDecoder(1_000), bytes(huge), "one.json");
        assertThat(ingested.malformedReasons())
                .containsExactly("one.json record 1: record of " + bytes(huge).length + " bytes exceeds the limit of 1000 bytes");
    }

    @Test
    void eventBridgeCloudTrailEventsGiveTheirDetail() throws IOException {
        String signIn = RECORD.replace("\"eventName\":\"PutObject\"", "\"eventName\":\"ConsoleLogin\"");
        String input = eventBridge("AWS API Call via CloudTrail", RECORD) + "\n"
                + eventBridge("AWS Console Sign In via CloudTrail", signIn) + "\n";
        Ingested ingested = ingest(bytes(input), "events.ndjson");
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(RECORD, signIn);
    }

    @Test
    void anEventBridgeEventThatIsNotFromCloudTrailIsMalformed() throws IOException {
        Ingested ingested = ingest(bytes(eventBridge("GuardDuty Finding", "{\"id\":\"f\"}")), "gd.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformedReasons()).containsExactly("gd.json at byte 0: an EventBridge event of detail-type "
                + "'GuardDuty Finding', not a CloudTrail event (expected a detail-type ending in 'via CloudTrail')");
    }

    @Test
    void cloudWatchLogsEnvelopeDecodedOrBase64() throws IOException {
        String envelope = cloudWatchEnvelope("DATA_MESSAGE", RECORD, record("e-2", "2026-11-02T08:00:05Z"));
        String base64 = Base64.getEncoder().encodeToString(gzip(bytes(envelope)));
        String lambda = "{\"awslogs\":{\"data\":\"" + base64 + "\"}}";
        for (String input : List.of(envelope, base64, Base64.getMimeEncoder().encodeToString(gzip(bytes(envelope))), lambda)) {
            Ingested ingested = ingest(bytes(input), "cwl");
            assertThat(ingested.malformed).as(input).isEmpty();
            assertThat(ingested.documents).extracting(Document::id).as(input).containsExactly("e-1", "e-2");
            assertThat(ingested.records).extracting(r -> r.location().toString()).containsExactly("cwl record 1", "cwl record 2");
        }
    }

    @Test
    void cloudWatchLogsControlMessagesAreSkipped() throws IOException {
        Ingested ingested = ingest(bytes(cloudWatchEnvelope("CONTROL_MESSAGE",
                "CWL CONTROL MESSAGE: Checking health of destination Firehose.")), "control.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformed).isEmpty();
    }

    @Test
    void invalidBase64InAwsLogsIsMalformed() throws IOException {
        Ingested ingested = ingest(bytes("{\"awslogs\":{\"data\":\"H4sI=x=\"}}"), "lambda.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformedReasons()).singleElement().asString().startsWith("lambda.json at byte 11: awslogs.data");
    }

    @Test
    void lookupEventsOutputGivesTheEmbeddedRecords() throws IOException {
        String output = "{\"Events\":[{\"EventId\":\"e-1\",\"EventName\":\"PutObject\",\"ReadOnly\":\"false\","
                + "\"EventTime\":\"2026-11-02T08:00:00+00:00\",\"Resources\":[],\"CloudTrailEvent\":" + quoted(RECORD) + "},"
                + "{\"EventId\":\"e-9\",\"EventName\":\"Broken\"}],\"NextToken\":\"abc\"}";
        Ingested ingested = ingest(bytes(output), "lookup.json");
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(RECORD);
        assertThat(ingested.malformedReasons())
                .containsExactly("lookup.json record 2: an entry of Events without a CloudTrailEvent string");
    }

    @Test
    void utf16InputIsReportedAsNotUtf8() throws IOException {
        Ingested ingested = ingest(("\uFEFF{\"Records\":[" + RECORD + "]}").getBytes(StandardCharsets.UTF_16BE), "utf16.json");
        assertThat(ingested.records).isEmpty();
        assertThat(ingested.malformedReasons())
                .containsExactly("utf16.json at byte 0: the input is not UTF-8; CloudTrail content is UTF-8 JSON");
    }

    @Test
    void aTopLevelArrayOfRecordsIsRead() throws IOException {
        Ingested ingested = ingest(bytes("[\n" + RECORD + "\n]\n"), "array.json");
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.records).extracting(RawRecord::text).containsExactly(RECORD);
    }

    @Test
    void theSameRecordInEveryShapeGivesTheSameDocument() throws IOException {
        String envelope = cloudWatchEnvelope("DATA_MESSAGE", RECORD);
        String base64 = Base64.getEncoder().encodeToString(gzip(bytes(envelope)));
        List<byte[]> shapes = List.of(
                bytes("{\"Records\":[" + RECORD + "]}"),
                gzip(bytes("{\"Records\":[" + RECORD + "]}")),
                bytes("{\n  \"Records\": [\n    " + RECORD + "\n  ]\n}\n"),
                bytes(RECORD),
                bytes(RECORD + "\n"),
                bytes(eventBridge("AWS API Call via CloudTrail", RECORD)),
                bytes(envelope),
                bytes(base64),
                bytes("{\"awslogs\":{\"data\":\"" + base64 + "\"}}"),
                bytes("{\"Events\":[{\"EventId\":\"e-1\",\"CloudTrailEvent\":" + quoted(RECORD) + "}]}"));
        List<Document> documents = new ArrayList<>();
        for (byte[] shape : shapes) {
            Ingested ingested = ingest(shape, "in");
            assertThat(ingested.malformed).isEmpty();
            documents.add(ingested.single());
        }
        assertThat(documents).extracting(Document::id).containsOnly("e-1");
        assertThat(documents).extracting(Document::source).containsOnly(documents.get(0).source());
    }
}
