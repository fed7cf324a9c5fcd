package io.vigil.sources.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BoundedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesCompactJsonThatReadsBackToTheSameTree() throws Exception {
        String input = "{ \"q\\\"uote\" : \"back\\\\slash \\u0000 \\u001f \\n\\r\\t \\u2028 <b>&amp; \\ud83d\\ude00\","
                + " \"n\": [1, -2.5, 1e300, 12345678901234567890, true, false, null, {}, []] }";
        JsonNode tree = JSON.readTree(input);
        String written = BoundedJson.text(tree);
        assertThat(written).doesNotContain(" :").startsWith("{\"q\\\"uote\":\"back\\\\slash \\u0000 \\u001F \\n\\r\\t");
        assertThat(JSON.readTree(written)).isEqualTo(tree);
        assertThat(written).isEqualTo(tree.toString());
    }

    @Test
    void longPayloadsAreCutWithoutSplittingASurrogatePair() throws Exception {
        String emoji = "\ud83d\ude00";
        JsonNode tree = JSON.readTree("[\"" + "a".repeat(BoundedJson.MAX_CHARS - 3) + emoji.repeat(10) + "\"]");
        String written = BoundedJson.text(tree);
        String kept = written.substring(0, written.indexOf("...[truncated: "));
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(written).endsWith("...[truncated: " + (BoundedJson.MAX_CHARS - 3 + 20 + 4) + " characters in all]");
    }

    @Test
    void anyTextIsCutTheSameWay() {
        assertThat(BoundedJson.cut(null)).isNull();
        assertThat(BoundedJson.cut("short")).isEqualTo("short");
        String exact = "x".repeat(BoundedJson.MAX_CHARS);
        assertThat(BoundedJson.cut(exact)).isSameAs(exact);
        String cut = BoundedJson.cut("x".repeat(BoundedJson.MAX_CHARS - 1) + "\ud83d\ude00");
        assertThat(cut).isEqualTo("x".repeat(BoundedJson.MAX_CHARS - 1) + "...[truncated: "
                + (BoundedJson.MAX_CHARS + 1) + " characters in all]");
    }

    @Test
    void flattenableOnlyWhenTheEnginesCanTakeIt() throws Exception {
        JsonNode small = JSON.readTree("{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}");
        assertThat(BoundedJson.flattenable(small, BoundedJson.text(small))).isTrue();
        JsonNode array = JSON.readTree("[1]");
        assertThat(BoundedJson.flattenable(array, BoundedJson.text(array))).isFalse();
        JsonNode deep = JSON.readTree("{\"a\":".repeat(BoundedJson.MAX_FLAT_DEPTH) + "1" + "}".repeat(BoundedJson.MAX_FLAT_DEPTH));
        assertThat(BoundedJson.flattenable(deep, BoundedJson.text(deep))).isFalse();
        JsonNode longValue = JSON.readTree("{\"k\":\"" + "v".repeat(BoundedJson.MAX_FLAT_TERM_CHARS) + "\"}");
        assertThat(BoundedJson.flattenable(longValue, BoundedJson.text(longValue))).isFalse();
        JsonNode longKey = JSON.readTree("{\"" + "k".repeat(BoundedJson.MAX_FLAT_TERM_CHARS) + "\":{}}");
        assertThat(BoundedJson.flattenable(longKey, BoundedJson.text(longKey))).isTrue();
    }
}
