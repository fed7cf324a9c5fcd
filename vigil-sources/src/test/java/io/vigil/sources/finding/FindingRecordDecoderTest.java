package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.Ingested;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FindingRecordDecoderTest {

    /** The decoder alone: records are what it hands on, so no normalizer is involved. */
    private static final Dataset DECODER_ONLY = new Dataset("test", FindingsIndex.EVENTS, new FindingRecordDecoder(),
            (record, out) -> { });

    private static IngestedFindings decode(String text, String name) throws IOException {
        return IngestedFindings.of(DECODER_ONLY, text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static String finding(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"Recon:EC2/Portscan\"}";
    }

    private static String event(String detailType, String detail) {
        return "{\"version\":\"0\",\"id\":\"e-1\",\"detail-type\":\"" + detailType + "\",\"source\":\"aws.guardduty\","
                + "\"account\":\"111122223333\",\"region\":\"eu-west-1\",\"detail\":" + detail + "}";
    }

    @Test
    void jsonLinesGiveOneFindingPerLineAndABrokenLineDoesNotStopTheNext() throws IOException {
        IngestedFindings decoded = decode(finding("a") + "\n{\"id\": broken\n" + finding("b") + "\n{\"findings\":[]}\n",
                "export.jsonl");

        assertThat(decoded.records).extracting(RawRecord::text).containsExactly(finding("a"), finding("b"));
        assertThat(decoded.records).extracting(r -> r.location().toString())
                .containsExactly("export.jsonl line 1", "export.jsonl line 3");
        assertThat(decoded.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("export.jsonl line 2");
            assertThat(m.reason()).startsWith("invalid JSON at column");
        });
    }

    @Test
    void apiPagesInEitherCaseAndBareArraysAreSplitIntoTheirFindings() throws IOException {
        String page = "{\n  \"findings\": [\n" + finding("a") + ",\n" + finding("b") + "\n],\n  \"nextToken\": \"t\"\n}";
        String pascal = "{\n  \"Findings\": [\n" + finding("c") + "\n]\n}";
        String array = "[\n" + finding("d") + ",\n" + finding("e") + "\n]";

        assertThat(decode(page, "p.json").records).extracting(RawRecord::text).containsExactly(finding("a"), finding("b"));
        assertThat(decode(pascal, "p.json").records).extracting(RawRecord::text).containsExactly(finding("c"));
        IngestedFindings bare = decode(array, "a.json");
        assertThat(bare.records).extracting(RawRecord::text).containsExactly(finding("d"), finding("e"));
        assertThat(bare.records).extracting(r -> r.location().toString()).containsExactly("a.json record 1", "a.json record 2");
    }

    @Test
    void eventBridgeEventsAreUnwrappedToTheirFindings() throws IOException {
        IngestedFindings guardDuty = decode(event("GuardDuty Finding", finding("a")), "gd.json");
        IngestedFindings securityHub = decode(event("Security Hub Findings - Imported",
                "{\"findings\":[" + finding("b") + "," + finding("c") + "]}"), "sh.json");

        assertThat(guardDuty.records).extracting(RawRecord::text).containsExactly(finding("a"));
        assertThat(securityHub.records).extracting(RawRecord::text).containsExactly(finding("b"), finding("c"));
    }

    @Test
    void anEventWithoutAFindingIsMalformedAndNamesItsType() throws IOException {
        IngestedFindings scan = decode(event("Inspector2 Scan", "{\"scan-status\":\"INITIAL_SCAN_COMPLETE\"}"), "scan.json");

        assertThat(scan.records).isEmpty();
        assertThat(scan.malformed).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo("the EventBridge event 'Inspector2 Scan' from aws.guardduty holds no finding");
            assertThat(m.raw()).contains("INITIAL_SCAN_COMPLETE");
        });
    }

    @Test
    void emptyContainersGiveNothingAndScalarsAreMalformed() throws IOException {
        assertThat(decode("[]", "e.json").records).isEmpty();
        assertThat(decode("{\"findings\":[]}", "e.json").malformed).isEmpty();
        assertThat(decode("{}", "e.json").records).extracting(RawRecord::text)
                .as("an empty object is handed on: the normalizer says what it lacks").containsExactly("{}");
        IngestedFindings scalars = decode("[1, \"x\", " + finding("a") + "]", "s.json");
        assertThat(scalars.records).hasSize(1);
        assertThat(scalars.malformed).extracting(Ingested.Malformed::toString).containsExactly(
                "s.json record 1: a JSON number where a finding object was expected",
                "s.json record 2: a JSON string where a finding object was expected");
    }

    @Test
    void invalidJsonInOneTextIsReportedWithWhereItStopped() throws IOException {
        IngestedFindings decoded = decode("{\"findings\":[" + finding("a") + ",\n {\"id\": }]}", "bad.json");

        assertThat(decoded.records).hasSize(1);
        assertThat(decoded.malformed).singleElement().satisfies(m ->
                assertThat(m.reason()).startsWith("invalid JSON at line 2").contains("after record 1"));
    }

    @Test
    void anOversizedFindingIsMalformedAndTheOthersAreKept() throws IOException {
        char[] filler = new char[5 * 1024 * 1024];
        Arrays.fill(filler, 'x');
        String huge = "{\"id\":\"big\",\"Details\":\"" + new String(filler) + "\"}";
        IngestedFindings decoded = decode("[" + finding("a") + "," + huge + "," + finding("b") + "]", "big.json");

        assertThat(decoded.records).extracting(RawRecord::text).containsExactly(finding("a"), finding("b"));
        assertThat(decoded.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo("big.json record 2");
            assertThat(m.reason()).contains("more than the limit");
            assertThat(m.raw()).hasSizeLessThanOrEqualTo(4096);
        });
    }

    @Test
    void gzipIsReadAndATruncatedGzipKeepsWhatCameBefore() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append(finding("f-" + i)).append('\n');
        }
        byte[] gzip = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        IngestedFindings whole = IngestedFindings.of(DECODER_ONLY, gzip, "x.jsonl.gz");
        IngestedFindings truncated = IngestedFindings.of(DECODER_ONLY, Arrays.copyOf(gzip, gzip.length / 2), "x.jsonl.gz");

        assertThat(whole.records).hasSize(2000);
        assertThat(whole.malformed).isEmpty();
        assertThat(truncated.records.size()).isBetween(1, 1999);
        assertThat(truncated.malformed).singleElement().satisfies(m ->
                assertThat(m.reason()).contains("truncated or corrupt"));
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
