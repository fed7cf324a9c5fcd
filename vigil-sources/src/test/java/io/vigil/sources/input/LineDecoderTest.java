package io.vigil.sources.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LineDecoderTest {

    private final List<RawRecord> records = new ArrayList<>();
    private final List<String> malformed = new ArrayList<>();
    private final RecordHandler handler = new RecordHandler() {
        @Override
        public void record(RawRecord record) {
            records.add(record);
        }

        @Override
        public void malformed(SourceLocation location, String raw, String reason) {
            malformed.add(location + ": " + reason);
        }
    };

    private void decode(LineDecoder decoder, byte[] input) throws IOException {
        decoder.decode(new ByteArrayInputStream(input), SourceLocation.whole("in.ndjson"), handler);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void splitsLinesSkipsBlanksHandlesCrlfAndALastLineWithoutNewline() throws IOException {
        decode(new LineDecoder(), "a\r\n\n  \nb\nc".getBytes(StandardCharsets.UTF_8));
        assertThat(records).extracting(RawRecord::text).containsExactly("a", "b", "c");
        assertThat(records).extracting(r -> r.location().toString())
                .containsExactly("in.ndjson line 1", "in.ndjson line 4", "in.ndjson line 5");
    }

    @Test
    void gzipIsDetectedByContentNotName() throws IOException {
        decode(new LineDecoder(), gzip("x\ny\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(records).extracting(RawRecord::text).containsExactly("x", "y");
    }

    @Test
    void truncatedGzipKeepsCompleteLinesAndReportsWhereItBroke() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("{\"n\":").append(i).append("}\n");
        }
        byte[] whole = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        decode(new LineDecoder(), Arrays.copyOf(whole, whole.length / 2));
        assertThat(records).isNotEmpty().hasSizeLessThan(5000);
        assertThat(records.get(records.size() - 1).text()).isEqualTo("{\"n\":" + (records.size() - 1) + "}");
        assertThat(malformed).singleElement().asString()
                .startsWith("in.ndjson line " + (records.size() + 1) + ": compressed input is truncated or corrupt after line " + records.size());
    }

    @Test
    void oversizedLineIsReportedAndTheNextLinesStillRead() throws IOException {
        String huge = "z".repeat(5000);
        decode(new LineDecoder(1000), ("ok\n" + huge + "\nafter\n").getBytes(StandardCharsets.UTF_8));
        assertThat(records).extracting(RawRecord::text).containsExactly("ok", "after");
        assertThat(malformed).containsExactly("in.ndjson line 2: record of 5000 bytes exceeds the limit of 1000 bytes");
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException {
        decode(new LineDecoder(), new byte[] {'a', (byte) 0xff, (byte) 0xfe, 'b', '\n'});
        assertThat(records).singleElement().extracting(RawRecord::text).isEqualTo("a\uFFFD\uFFFDb");
    }
}
