package io.vigil.sources.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineStreamsTest {

    private static List<String> lines(String text) throws IOException {
        LineStreams lines = new LineStreams(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        InputStream line;
        while ((line = lines.next()) != null) {
            out.add(lines.lineNumber() + ":" + new String(line.readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void splitsAtNewlinesWithBlankLinesAndALastLineWithoutNewline() throws IOException {
        assertThat(lines("a\n\nbc\r\nd")).containsExactly("1:a", "2:", "3:bc\r", "4:d");
        assertThat(lines("a\n")).containsExactly("1:a");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferStayWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines(longLine + "\nz\n")).containsExactly("1:" + longLine, "2:z");
    }

    @Test
    void whatALineReaderLeavesIsSkipped() throws IOException {
        LineStreams lines = new LineStreams(new ByteArrayInputStream("abcdef\nsecond\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(lines.next().read()).isEqualTo('a');
        assertThat(new String(lines.next().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(lines.lineNumber()).isEqualTo(2);
        assertThat(lines.next()).isNull();
    }
}
