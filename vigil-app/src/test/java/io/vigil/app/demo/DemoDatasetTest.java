package io.vigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.project.ProjectMap;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    private final ProjectMap map = new ProjectMap(DemoDataset.programs());

    @Test
    void twoProgramsOfFourProjects() {
        assertThat(DemoDataset.programs()).extracting(ProgramConfig::name).containsExactly("commerce", "platform");
        assertThat(DemoDataset.programs().stream().flatMap(program -> program.projects().stream()))
                .extracting(ProjectConfig::name).containsExactly("storefront", "payments", "identity", "infrastructure");
    }

    @Test
    void theSharedAccountBelongsToStorefrontAndPayments() {
        assertThat(projects(Json.object("cloud", Json.object("account", Json.object("id", "111122223333")))))
                .containsExactlyInAnyOrder("storefront", "payments");
        assertThat(projects(Json.object("cloud", Json.object("account", Json.object("id", "444455556666")))))
                .containsExactly("payments");
    }

    @Test
    void thePlatformTeamsInstancesAndBucketsAreInfrastructureInTheIdentityAccount() {
        ObjectNode worker = Json.object("cloud", Json.object("account", Json.object("id", "777788889999")),
                "vigil", Json.object("resource", Json.object("id", Json.array(DemoEstate.instance("worker-2").id()))));
        assertThat(projects(worker)).containsExactly("infrastructure");
        ObjectNode state = Json.object("cloud", Json.object("account", Json.object("id", "777788889999")),
                "vigil", Json.object("resource", Json.object("id", Json.array("arn:aws:s3:::platform-terraform-state"))));
        assertThat(projects(state)).containsExactly("infrastructure");
        ObjectNode idp = Json.object("cloud", Json.object("account", Json.object("id", "777788889999")),
                "vigil", Json.object("resource", Json.object("id", Json.array(DemoEstate.instance("idp-1").id()))));
        assertThat(projects(idp)).containsExactly("identity");
    }

    private Set<String> projects(ObjectNode source) {
        return map.assign(new Document("cloudtrail", "1", Instant.EPOCH, source, SourceLocation.whole("test"))).projects();
    }
}
