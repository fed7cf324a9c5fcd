package io.vigil.sources.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.sources.IndexMapping;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.IngestedFindings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings mapping covers every field the GuardDuty normalizer writes. */
class GuardDutyMappingTest {

    @Test
    void everyWrittenFieldIsMapped() throws Exception {
        List<Document> documents = new ArrayList<>();
        for (String file : List.of("aws-samples_gd-automated-response_iam_Recon-IAMUser-MaliciousIPCaller.json",
                "aws-samples_gd-automated-response_s3_PenTest-S3-ParrotLinux.json",
                "awscli_guardduty_get-findings_output_Recon-IAMUser.json",
                "elastic-integrations_test-guardduty_s3-export.log")) {
            documents.addAll(IngestedFindings.of(GuardDutyDataset.create(), SharedFixtures.bytes("guardduty/" + file), file)
                    .documents);
        }
        documents.addAll(TestFinding.normalize(TestFinding.withAction("""
                {"actionType":"NETWORK_CONNECTION","networkConnectionAction":{"connectionDirection":"INBOUND",
                  "localPortDetails":{"port":22},"remotePortDetails":{"port":40211},
                  "remoteIpDetails":{"ipAddressV4":"203.0.113.9","country":{"countryCode":"NL","countryName":"Netherlands"},
                    "city":{"cityName":"Amsterdam"},"geoLocation":{"lat":52.37,"lon":4.89},
                    "organization":{"asn":"64496","asnOrg":"EXAMPLE-AS"}}}}""")));
        assertThat(documents).hasSizeGreaterThan(10);
        IndexMapping.of(FindingsIndex.EVENTS).assertMapsEveryField(documents);
    }
}
