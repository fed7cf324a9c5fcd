package io.vigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticEventsTest {

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    private static String[] lines(SyntheticEvents events, long first, long count) throws IOException {
        try (InputStream in = events.ndjson(first, count)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }

    private static int leaves(JsonNode node) {
        if (!node.isObject()) {
            return 1;
        }
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            count += leaves(fields.next().getValue());
        }
        return count;
    }

    @Test
    void cloudTrailSizedEventsOfFortyFieldsOrMoreWithinTheSpan() throws IOException {
        String[] lines = lines(new SyntheticEvents(1, START, Duration.ofDays(30)), 0, 2000);
        assertThat(lines).hasSize(2000);
        long bytes = 0;
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            bytes += line.length() + 1;
            JsonNode event = json.readTree(line);
            assertThat(leaves(event)).isGreaterThanOrEqualTo(40);
            Instant time = Instant.parse(event.get("@timestamp").asText());
            assertThat(time).isBetween(START, START.plus(Duration.ofDays(30)));
        }
        assertThat(bytes / lines.length).isBetween(1100L, 1400L); // "about 1.2 KB": a little heavier, never lighter
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnyRangeMatchesTheWhole() throws IOException {
        SyntheticEvents events = new SyntheticEvents(9, START, Duration.ofDays(1));
        String[] whole = lines(events, 0, 100);
        assertThat(lines(new SyntheticEvents(9, START, Duration.ofDays(1)), 0, 100)).containsExactly(whole);
        assertThat(lines(events, 40, 10)).containsExactly(java.util.Arrays.copyOfRange(whole, 40, 50));
        assertThat(lines(new SyntheticEvents(10, START, Duration.ofDays(1)), 0, 1)[0]).isNotEqualTo(whole[0]);
    }
}
