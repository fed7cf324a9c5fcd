package io.vigil.store.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.deadletter.DeadLetterIndex;
import io.vigil.store.engines.TestDocuments;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MappingTemplateTest {

    private static final ObjectNode FLATTENED = new ObjectMapper().createObjectNode().put("type", "flattened");

    @Test
    void buildsAComposableTemplateFromTheSpec() {
        ObjectNode template = MappingTemplate.of(TestDocuments.SPEC, 0, FLATTENED);

        assertThat(MappingTemplate.nameOf(TestDocuments.SPEC)).isEqualTo("vigil-test");
        assertThat(template.path("index_patterns").toString()).isEqualTo("[\"vigil-test-*\"]");
        assertThat(template.at("/template/settings/index/number_of_replicas").asInt()).isZero();
        assertThat(template.at("/template/settings/index").has("refresh_interval")).isFalse();
        assertThat(template.at("/template/mappings/dynamic").asBoolean(true)).isFalse();
        assertThat(template.at("/_meta/managed_by").asText()).isEqualTo("vigil");
    }

    @Test
    void enforcesDynamicFalseAndReplacesTheFlatPseudoType() {
        ObjectNode mappings = MappingTemplate.mappings(TestDocuments.SPEC, FLATTENED);

        assertThat(mappings.path("dynamic").isBoolean()).isTrue();
        assertThat(mappings.path("dynamic").asBoolean()).isFalse();
        assertThat(mappings.at("/properties/aws/properties/request_parameters").toString())
                .isEqualTo("{\"type\":\"flattened\"}");
        assertThat(mappings.toString()).doesNotContain(MappingTemplate.FLAT_TYPE);
    }

    @Test
    void latestStateIndicesMatchTheirExactName() {
        IndexSpec latest = new IndexSpec("vigil-findings", IndexSpec.Rollover.NONE,
                "io/vigil/store/test-mapping.json", null);

        assertThat(MappingTemplate.of(latest, 1, FLATTENED).path("index_patterns").toString())
                .isEqualTo("[\"vigil-findings\"]");
    }

    @Test
    void theDeadLetterMappingIsOnTheClassPath() {
        assertThat(MappingTemplate.mappings(DeadLetterIndex.SPEC, FLATTENED).at("/properties/raw/type").asText())
                .isEqualTo("text");
    }

    @Test
    void namesAMissingMappingResource() {
        IndexSpec missing = new IndexSpec("vigil-x", IndexSpec.Rollover.MONTHLY, "nowhere/x.json", Duration.ofDays(1));

        assertThatThrownBy(() -> MappingTemplate.of(missing, 0, FLATTENED))
                .hasMessageContaining("vigil-x").hasMessageContaining("nowhere/x.json");
    }
}
