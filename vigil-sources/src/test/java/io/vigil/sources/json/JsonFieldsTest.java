package io.vigil.sources.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }

    @Test
    void namesAreReadExactlyAsGiven() throws JsonProcessingException {
        JsonFields finding = JsonFields.of(parse("{\"Service\":{\"count\":2},\"service\":{\"count\":3}}"));
        assertThat(finding.child("service").integer("count")).isEqualTo(3L);
        assertThat(JsonFields.of(parse("{\"Service\":{\"count\":2}}")).child("service").exists()).isFalse();
    }

    @Test
    void eitherFirstLetterCaseReadsCamelAndPascalCase() throws JsonProcessingException {
        JsonFields camel = JsonFields.eitherFirstLetterCase(parse("{\"service\":{\"eventFirstSeen\":\"t\",\"count\":2}}"));
        JsonFields pascal = JsonFields.eitherFirstLetterCase(parse("{\"Service\":{\"EventFirstSeen\":\"t\",\"Count\":2}}"));
        for (JsonFields finding : new JsonFields[] {camel, pascal}) {
            assertThat(finding.child("service").text("eventFirstSeen")).isEqualTo("t");
            assertThat(finding.child("Service").text("EventFirstSeen")).isEqualTo("t");
            assertThat(finding.child("service").integer("count")).isEqualTo(2L);
        }
    }

    @Test
    void theNameAsGivenComesFirst() throws JsonProcessingException {
        JsonFields finding = JsonFields.eitherFirstLetterCase(parse("{\"UpdatedAt\":\"pascal\",\"updatedAt\":\"camel\"}"));
        assertThat(finding.text("UpdatedAt")).isEqualTo("pascal");
        assertThat(finding.text("updatedAt")).isEqualTo("camel");
    }

    @Test
    void exactNamesReadKeysThatAreData() throws JsonProcessingException {
        JsonFields finding = JsonFields.eitherFirstLetterCase(parse("{\"ProductFields\":{\"Aws/x\":\"upper\"}}"));
        assertThat(finding.child("productFields").text("aws/x")).isEqualTo("upper");
        assertThat(finding.child("productFields").exactNames().text("aws/x")).isNull();
        assertThat(finding.child("productFields").exactNames().text("Aws/x")).isEqualTo("upper");
    }

    @Test
    void absentNullAndMistypedPartsReadAsEmpty() throws JsonProcessingException {
        JsonFields finding = JsonFields.of(parse("""
                {"a":null,"b":"  ","c":{"d":1},"e":"text","f":1.5,"g":[1,"x"],"h":"true","i":true}"""));
        assertThat(finding.get("a")).isNull();
        assertThat(finding.child("a").exists()).isFalse();
        assertThat(finding.child("missing").child("deeper").text("x")).isNull();
        assertThat(finding.text("b")).isNull();
        assertThat(finding.text("c")).isNull();
        assertThat(finding.number("e")).isNull();
        assertThat(finding.integer("f")).isNull();
        assertThat(finding.number("f")).isEqualTo(1.5);
        assertThat(finding.bool("h")).isNull();
        assertThat(finding.bool("i")).isTrue();
        assertThat(finding.elements("e")).isEmpty();
        assertThat(finding.elements("g")).hasSize(2);
        assertThat(finding.child("e").text("anything")).isNull();
        assertThat(JsonFields.of(null).exists()).isFalse();
        assertThat(JsonFields.ABSENT.node()).isNull();
    }

    @Test
    void textsOfAnArrayOrOfOneScalar() throws JsonProcessingException {
        JsonFields finding = JsonFields.of(parse("{\"a\":[\"x\",\" \",null,{},\"y\",3],\"b\":\"z\",\"c\":{}}"));
        assertThat(finding.texts("a")).containsExactly("x", "y", "3");
        assertThat(finding.texts("b")).containsExactly("z");
        assertThat(finding.texts("c")).isEmpty();
        assertThat(finding.texts("none")).isEmpty();
    }
}
