package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.IngestedFindings;
import io.vigil.sources.finding.SyntheticFindings;
import io.vigil.sources.finding.SyntheticFindings.Threat;
import io.vigil.sources.guardduty.GuardDutyDataset;
import io.vigil.sources.inspector.InspectorDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A finding read from its service and its Security Hub copy read from Security Hub are one finding in
 * one state: the same documents' ids, and the same values in every field both paths carry.
 */
class CopiesAreTheirOriginalsTest {

    /** What both paths carry; the rest (product, workflow, copy id, details, reporter) is the path's own. */
    private static final List<String> SHARED = List.of("finding.source", "finding.id", "finding.type", "finding.title",
            "finding.severity", "finding.score", "finding.severity_label", "finding.status", "finding.resolution",
            "finding.first_seen", "finding.last_seen", "finding.updated_at", "finding.resolved_at", "cloud",
            "resource", "vigil.resource.id");
    private static final List<String> THREAT = List.of("threat", "network", "destination", "finding.count",
            "finding.archived", "finding.action_type", "user");
    private static final List<String> VULNERABILITY = List.of("vulnerability", "package", "finding.remediation",
            "finding.url");

    private static IngestedFindings ingest(Dataset dataset, String text) throws IOException {
        return IngestedFindings.of(dataset, text.getBytes(StandardCharsets.UTF_8), dataset.name() + ".json");
    }

    private static void assertOneFinding(IngestedFindings original, IngestedFindings copy, List<String> fields) {
        Document originalEvent = original.single();
        Document copyEvent = copy.single();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(copyEvent.id()).as("event _id").isEqualTo(originalEvent.id());
        softly.assertThat(copy.states().get(0).id()).as("state _id").isEqualTo(original.states().get(0).id());
        softly.assertThat(copy.states().get(0).version()).as("state version").isEqualTo(original.states().get(0).version());
        for (List<String> paths : List.of(SHARED, fields)) {
            for (String path : paths) {
                softly.assertThat(node(copyEvent, path)).as(path).isEqualTo(node(originalEvent, path));
            }
        }
        softly.assertAll();
    }

    /** The event of the Security Hub copy, after checking it is the same finding as the GuardDuty finding. */
    private static Document copyOfGuardDutyFinding(Threat threat) throws IOException {
        IngestedFindings original = ingest(GuardDutyDataset.create(), SyntheticFindings.guardDuty(threat).toString());
        IngestedFindings copy = ingest(SecurityHubDataset.create(), SyntheticFindings.securityHubCopy(threat).toString());
        assertOneFinding(original, copy, THREAT);
        return copy.single();
    }

    private static Threat threat(String type, double severity, boolean archived) {
        return new Threat("111122223333", "eu-west-1", "d1e2f3", "f00d", type, severity, "i-0123456789abcdef0",
                "203.0.113.7", "Netherlands", "NL", "Amsterdam", 52.37, 4.89, "Example Hosting", 22, 7, archived,
                Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-02T09:30:15.123Z"));
    }

    @Test
    void aGuardDutyFindingAndItsSecurityHubCopy() throws IOException {
        Document event = copyOfGuardDutyFinding(threat("UnauthorizedAccess:EC2/SSHBruteForce", 5.0, false));

        assertThat(node(event, "finding.type").asText()).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(node(event, "finding.severity").asText()).isEqualTo("medium");
        assertThat(node(event, "threat.indicator.ip").asText()).isEqualTo("203.0.113.7");
        assertThat(node(event, "threat.indicator.port").longValue()).isEqualTo(40007);
        assertThat(node(event, "threat.indicator.geo.country_iso_code").asText()).isEqualTo("NL");
        assertThat(node(event, "threat.indicator.geo.location.lat").doubleValue()).isEqualTo(52.37);
        assertThat(node(event, "threat.indicator.as.number").longValue()).isEqualTo(64500);
        assertThat(node(event, "network.direction").asText()).isEqualTo("inbound");
        assertThat(node(event, "destination.port").longValue()).isEqualTo(22);
        assertThat(node(event, "finding.count").longValue()).isEqualTo(7);
        assertThat(node(event, "resource.id").get(0).asText()).isEqualTo("i-0123456789abcdef0");
        assertThat(node(event, "finding.first_seen").asText()).isEqualTo("2026-11-01T08:00:00Z");
    }

    @Test
    void anArchivedGuardDutyFindingAndItsSecurityHubCopy() throws IOException {
        Document event = copyOfGuardDutyFinding(threat("Recon:EC2/Portscan", 8.0, true));

        assertThat(node(event, "finding.type").asText()).isEqualTo("Recon:EC2/Portscan");
        assertThat(node(event, "finding.severity").asText()).isEqualTo("high");
        assertThat(node(event, "finding.status").asText()).isEqualTo("resolved");
    }

    @Test
    void anInspectorFindingAndItsSecurityHubCopy() throws IOException {
        String file = "defectdojo_inspector2_list-findings_one.json";
        IngestedFindings original = IngestedFindings.of(InspectorDataset.create(),
                SharedFixtures.bytes("inspector/" + file), file);
        IngestedFindings copy = ingest(SecurityHubDataset.create(), INSPECTOR_COPY);

        assertOneFinding(original, copy, VULNERABILITY);
        Document event = copy.single();
        assertThat(node(event, "finding.type").asText()).isEqualTo("PACKAGE_VULNERABILITY");
        assertThat(node(event, "finding.severity").asText()).isEqualTo("medium");
        assertThat(node(event, "vulnerability.id").asText()).isEqualTo("CVE-2021-3744");
        assertThat(node(event, "vulnerability.score.base").doubleValue()).isEqualTo(5.5);
        assertThat(node(event, "vulnerability.inspector_score").doubleValue()).isEqualTo(5.5);
        assertThat(node(event, "vulnerability.epss").doubleValue()).isEqualTo(0.00075);
        assertThat(node(event, "package.fixed_version").get(0).asText()).isEqualTo("0:4.19.232-1");
        assertThat(node(event, "resource.type").get(0).asText()).isEqualTo("AWS_ECR_CONTAINER_IMAGE");
        assertThat(node(event, "finding.first_seen").asText()).isEqualTo("2024-02-02T15:30:33.045Z");
    }

    /**
     * The Security Hub copy of the finding in {@code inspector/defectdojo_inspector2_list-findings_one.json},
     * written by hand from its fields in the shape of Security Hub's Inspector copies (as in
     * {@code securityhub/defectdojo_securityhub_inspector2_ecr_7findings.json}); times in UTC.
     */
    private static final String INSPECTOR_COPY = """
            {
              "SchemaVersion": "2018-10-08",
              "Id": "arn:aws:inspector2:us-east-1:012345678901:finding/00031f625ee77ac186869f906eb73366",
              "ProductArn": "arn:aws:securityhub:us-east-1::product/aws/inspector",
              "ProductName": "Inspector",
              "CompanyName": "Amazon",
              "Region": "us-east-1",
              "GeneratorId": "AWSInspector",
              "AwsAccountId": "012345678901",
              "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
              "FirstObservedAt": "2024-02-02T15:30:33.045Z",
              "LastObservedAt": "2024-06-14T02:03:53.051Z",
              "CreatedAt": "2024-02-02T15:30:33.045Z",
              "UpdatedAt": "2024-06-14T02:03:53.051Z",
              "Severity": {"Label": "MEDIUM", "Normalized": 40},
              "Title": "CVE-2021-3744 - linux",
              "Description": "A memory leak flaw was found in the Linux kernel in the ccp_run_aes_gcm_cmd() function in \
            drivers/crypto/ccp/ccp-ops.c, which allows attackers to cause a denial of service (memory consumption). This \
            vulnerability is similar with the older CVE-2019-18808.",
              "Remediation": {"Recommendation": {"Text": "None Provided"}},
              "ProductFields": {
                "aws/inspector/ProductVersion": "2",
                "aws/inspector/FindingStatus": "ACTIVE",
                "aws/inspector/inspectorScore": "5.5",
                "aws/inspector/resources/1/resourceDetails/awsEcrContainerImageDetails/platform": "DEBIAN_10",
                "aws/securityhub/FindingId": "arn:aws:securityhub:us-east-1::product/aws/inspector/arn:aws:inspector2:\
            us-east-1:012345678901:finding/00031f625ee77ac186869f906eb73366",
                "aws/securityhub/ProductName": "Inspector",
                "aws/securityhub/CompanyName": "Amazon"
              },
              "Resources": [{
                "Type": "AwsEcrContainerImage",
                "Id": "arn:aws:ecr:us-east-1:012345678901:repository/my-awesome-docker-image/\
            sha256:c667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802",
                "Partition": "aws",
                "Region": "us-east-1",
                "Details": {"AwsEcrContainerImage": {
                  "RegistryId": "012345678901",
                  "RepositoryName": "my-awesome-docker-image",
                  "Architecture": "amd64",
                  "ImageDigest": "sha256:c667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802",
                  "ImageTags": ["2.3.0"],
                  "ImagePublishedAt": "2020-06-10T09:30:35Z"
                }}
              }],
              "WorkflowState": "NEW",
              "Workflow": {"Status": "NEW"},
              "RecordState": "ACTIVE",
              "Vulnerabilities": [{
                "Id": "CVE-2021-3744",
                "VulnerablePackages": [{
                  "Name": "linux",
                  "Version": "4.19.118",
                  "Epoch": "0",
                  "Release": "2",
                  "Architecture": "AMD64",
                  "PackageManager": "OS",
                  "FixedInVersion": "0:4.19.232-1",
                  "Remediation": "apt-get update && apt-get upgrade",
                  "SourceLayerHash": "sha256:11a88e76431345b48525c4e4d58d497810019f4bafdb5e2bd56dc34a05e09cc3"
                }],
                "Cvss": [{
                  "Version": "3.1",
                  "BaseScore": 5.5,
                  "BaseVector": "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H",
                  "Source": "NVD"
                }],
                "Vendor": {
                  "Name": "DEBIAN_CVE",
                  "Url": "https://security-tracker.debian.org/tracker/CVE-2021-3744",
                  "VendorSeverity": "unimportant"
                },
                "ReferenceUrls": [],
                "FixAvailable": "YES",
                "EpssScore": 0.00075,
                "ExploitAvailable": "NO"
              }],
              "FindingProviderFields": {
                "Severity": {"Label": "MEDIUM"},
                "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"]
              }
            }
            """;
}
