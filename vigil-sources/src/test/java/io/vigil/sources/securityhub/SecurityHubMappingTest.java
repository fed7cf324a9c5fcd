package io.vigil.sources.securityhub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.IndexMapping;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.IngestedFindings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings mapping has every field the Security Hub normalizer writes. */
class SecurityHubMappingTest {

    private static final String[] FIXTURES = {"asr_eventbridge_SecurityHub-Findings-Imported_CIS-1.4.json",
        "awsdocs-guardduty_asff_SSHBruteForce_geo.json", "defectdojo_securityhub_config_fsbp_controls.json",
        "defectdojo_securityhub_guardduty_4findings.json", "defectdojo_securityhub_inspector2_ecr_7findings.json"};

    @Test
    void everyFieldWrittenIsMapped() throws IOException, BadRecordException {
        List<Document> documents = new ArrayList<>();
        for (String fixture : FIXTURES) {
            documents.addAll(IngestedFindings.of(SecurityHubDataset.create(),
                    SharedFixtures.bytes("securityhub/" + fixture), fixture).documents);
        }
        ObjectNode probe = AsffSample.guardDutyCopy();
        probe.putObject("ProductFields")
                .put("aws/guardduty/service/action/networkConnectionAction/remoteIpDetails/country/countryCode", "NL")
                .put("aws/guardduty/service/action/dnsRequestAction/domain", "example.com");
        probe.set("Resources", AsffSample.tree("[{\"Type\":\"AwsIamAccessKey\",\"Id\":\"AWS::IAM::AccessKey:A\","
                + "\"Details\":{\"AwsIamAccessKey\":{\"PrincipalName\":\"alice\"}}}]"));
        documents.add(AsffSample.normalize(probe));
        ObjectNode unusableTime = AsffSample.finding().put("LastObservedAt", "never");
        documents.add(AsffSample.normalize(unusableTime));

        IndexMapping.of(FindingsIndex.EVENTS).assertMapsEveryField(documents);
    }
}
