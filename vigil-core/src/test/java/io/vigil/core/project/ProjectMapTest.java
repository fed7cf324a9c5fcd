package io.vigil.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMapTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProjectConfig project(String name, List<String> resources, List<String> accounts, List<String> hosts) {
        return new ProjectConfig(name, resources, accounts, null, null, null, hosts);
    }

    private final ProjectMap map = new ProjectMap(List.of(
            new ProgramConfig("payments", List.of(
                    project("checkout", List.of("arn:aws:s3:::checkout-*"), List.of("111122223333"), List.of("web-*")),
                    project("billing", null, List.of("111122223333", "444455556666"), null))),
            new ProgramConfig("platform", List.of(
                    project("network", null, null, List.of("bastion"))))));

    private static Document document(String json) throws Exception {
        return new Document("ecs", "id", Instant.EPOCH, (ObjectNode) JSON.readTree(json), SourceLocation.whole("test"));
    }

    private static List<String> projectsOf(Document document) {
        return Fields.texts(document.source(), "vigil.project");
    }

    @Test
    void sharedAccountGivesEveryProjectThatOwnsIt() throws Exception {
        Document doc = document("{\"cloud\":{\"account\":{\"id\":\"111122223333\"}}}");
        map.enrich(doc);
        assertThat(projectsOf(doc)).containsExactly("checkout", "billing");
        assertThat(Fields.texts(doc.source(), "vigil.program")).containsExactly("payments");
    }

    @Test
    void explicitResourceMappingWinsOverTheAccount() throws Exception {
        Document doc = document("{\"cloud\":{\"account\":{\"id\":\"111122223333\"}},"
                + "\"vigil\":{\"resource\":{\"id\":[\"arn:aws:s3:::checkout-assets\"]}}}");
        map.enrich(doc);
        assertThat(projectsOf(doc)).containsExactly("checkout");
    }

    @Test
    void hostGlobsMatchAndDottedKeysAreRead() throws Exception {
        Document doc = document("{\"host.name\":\"web-17\"}");
        map.enrich(doc);
        assertThat(projectsOf(doc)).containsExactly("checkout");
        Document bastion = document("{\"host\":{\"name\":\"bastion\"}}");
        map.enrich(bastion);
        assertThat(projectsOf(bastion)).containsExactly("network");
        assertThat(Fields.texts(bastion.source(), "vigil.program")).containsExactly("platform");
    }

    @Test
    void globMatchesWholeValueOnly() throws Exception {
        Document doc = document("{\"host\":{\"name\":\"xweb-1\"},\"cloud\":{\"account\":{\"id\":\"999\"}}}");
        map.enrich(doc);
        assertThat(projectsOf(doc)).containsExactly("unassigned");
    }

    @Test
    void unmatchedDocumentIsUnassignedAndSentProjectIsReplaced() throws Exception {
        Document doc = document("{\"vigil\":{\"project\":[\"billing\"]},\"vigil.project\":\"checkout\"}");
        map.enrich(doc);
        assertThat(projectsOf(doc)).containsExactly("unassigned");
        assertThat(doc.source().has("vigil.project")).isFalse();
    }
}
