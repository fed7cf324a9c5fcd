package io.vigil.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsNestedLiteralDottedAndMixedForms() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(
                "{\"cloud\":{\"account.id\":\"1\"},\"host.name\":\"h\",\"event\":{\"id\":\"e\"},\"tags\":[\"a\",\"b\"]}");
        assertThat(Fields.text(doc, "cloud.account.id")).isEqualTo("1");
        assertThat(Fields.text(doc, "host.name")).isEqualTo("h");
        assertThat(Fields.text(doc, "event.id")).isEqualTo("e");
        assertThat(Fields.texts(doc, "tags")).containsExactly("a", "b");
        assertThat(Fields.text(doc, "event.missing")).isNull();
        assertThat(Fields.text(doc, "event")).isNull();
    }

    @Test
    void writesNested() {
        ObjectNode doc = JSON.createObjectNode();
        Fields.put(doc, "vigil.project", List.of("a"));
        Fields.put(doc, "vigil.program", List.of("p"));
        Fields.put(doc, "source.geo.country_iso_code", "DE");
        assertThat(doc.toString()).isEqualTo(
                "{\"vigil\":{\"project\":[\"a\"],\"program\":[\"p\"]},\"source\":{\"geo\":{\"country_iso_code\":\"DE\"}}}");
    }
}
