package io.vigil.sources.findingapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.guardduty.model.RuntimeDetails;
import software.amazon.awssdk.services.inspector2.model.CisSessionMessage;
import software.amazon.awssdk.services.inspector2.model.Finding;
import software.amazon.awssdk.services.inspector2.model.FindingType;
import software.amazon.awssdk.services.inspector2.model.Resource;
import software.amazon.awssdk.services.inspector2.model.VulnerablePackage;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.ResourceResult;

/** Model objects of the three SDKs back in the JSON their services send, expected values written by hand. */
class WireJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers compare by value: the wire's 1718330633 is the SDK's 1718330633.000. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Test
    void inspectorIsCamelCaseWithItsTimestampsInEpochSecondsAndOnlyTheMembersThatWereSet() throws IOException {
        Finding finding = Finding.builder()
                .findingArn("arn:aws:inspector2:us-east-1:012345678901:finding/00037f625ee77ac186869f906eb73366")
                .awsAccountId("012345678901")
                .type(FindingType.PACKAGE_VULNERABILITY)
                .status("CLOSED")
                .severity("SOME_LEVEL_THIS_SDK_DOES_NOT_KNOW")
                .inspectorScore(5.5)
                .firstObservedAt(Instant.parse("2024-02-02T15:30:33.045Z"))
                .updatedAt(Instant.parse("2024-06-14T02:03:53Z"))
                .packageVulnerabilityDetails(details -> details
                        .vulnerabilityId("CVE-2021-3744")
                        .referenceUrls(List.of())
                        .vulnerablePackages(VulnerablePackage.builder().name("linux").epoch(0).version("4.19.118").build()))
                .resources(Resource.builder()
                        .type("AWS_ECR_CONTAINER_IMAGE")
                        .id("arn:aws:ecr:us-east-1:012345678901:repository/repo/sha256:d667")
                        .tags(Map.of("team", "core"))
                        .details(details -> details.awsEcrContainerImage(image -> image
                                .pushedAt(Instant.parse("2023-11-14T22:13:20Z"))
                                .imageTags("latest")))
                        .build())
                .build();

        assertWire(WireJson.of(finding), """
                {"findingArn": "arn:aws:inspector2:us-east-1:012345678901:finding/00037f625ee77ac186869f906eb73366",
                 "awsAccountId": "012345678901",
                 "type": "PACKAGE_VULNERABILITY",
                 "status": "CLOSED",
                 "severity": "SOME_LEVEL_THIS_SDK_DOES_NOT_KNOW",
                 "inspectorScore": 5.5,
                 "firstObservedAt": 1706887833.045,
                 "updatedAt": 1718330633,
                 "packageVulnerabilityDetails": {
                   "vulnerabilityId": "CVE-2021-3744",
                   "referenceUrls": [],
                   "vulnerablePackages": [{"name": "linux", "epoch": 0, "version": "4.19.118"}]},
                 "resources": [{
                   "type": "AWS_ECR_CONTAINER_IMAGE",
                   "id": "arn:aws:ecr:us-east-1:012345678901:repository/repo/sha256:d667",
                   "tags": {"team": "core"},
                   "details": {"awsEcrContainerImage": {"pushedAt": 1700000000, "imageTags": ["latest"]}}}]}
                """);
    }

    @Test
    void guardDutyKeepsItsTextTimesAsTextAndPutsItsTimestampMembersInEpochSeconds() throws IOException {
        software.amazon.awssdk.services.guardduty.model.Finding finding =
                software.amazon.awssdk.services.guardduty.model.Finding.builder()
                        .id("1ab92989eaf0e742df4a014d5example")
                        .accountId("111122223333")
                        .severity(5.0)
                        .updatedAt("2020-05-26T22:55:21.703Z")
                        .resource(resource -> resource.resourceType("AccessKey")
                                .accessKeyDetails(key -> key.userName("testuser").userType("IAMUser")))
                        .service(service -> service.count(5).archived(false)
                                .runtimeDetails(RuntimeDetails.builder()
                                        .process(process -> process.name("sshd").startTime(Instant.parse("2024-10-04T04:06:30.377Z")))
                                        .build()))
                        .build();

        assertWire(WireJson.of(finding), """
                {"id": "1ab92989eaf0e742df4a014d5example",
                 "accountId": "111122223333",
                 "severity": 5.0,
                 "updatedAt": "2020-05-26T22:55:21.703Z",
                 "resource": {"resourceType": "AccessKey",
                              "accessKeyDetails": {"userName": "testuser", "userType": "IAMUser"}},
                 "service": {"count": 5, "archived": false,
                             "runtimeDetails": {"process": {"name": "sshd", "startTime": 1728014790.377}}}}
                """);
    }

    @Test
    void securityHubIsPascalCaseAsAsff() throws IOException {
        AwsSecurityFinding finding = AwsSecurityFinding.builder()
                .id("arn:aws:guardduty:us-east-1:123456789012:detector/123456789/finding/123456789789")
                .awsAccountId("123456789012")
                .productArn("arn:aws:securityhub:us-east-1::product/aws/guardduty")
                .types("TTPs/Defense Evasion/DefenseEvasion:EC2-UnusualDNSResolver")
                .updatedAt("2024-01-17T11:33:21.196Z")
                .severity(severity -> severity.label("MEDIUM").normalized(50).product(5.0))
                .workflow(workflow -> workflow.status("NEW"))
                .recordState("ACTIVE")
                .productFields(Map.of("aws/guardduty/service/count", "2"))
                .resources(software.amazon.awssdk.services.securityhub.model.Resource.builder().type("AwsEc2Instance")
                        .id("arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890")
                        .details(details -> details.awsEc2Instance(instance -> instance.vpcId("vpc-1")))
                        .build())
                .build();

        assertWire(WireJson.of(finding), """
                {"Id": "arn:aws:guardduty:us-east-1:123456789012:detector/123456789/finding/123456789789",
                 "AwsAccountId": "123456789012",
                 "ProductArn": "arn:aws:securityhub:us-east-1::product/aws/guardduty",
                 "Types": ["TTPs/Defense Evasion/DefenseEvasion:EC2-UnusualDNSResolver"],
                 "UpdatedAt": "2024-01-17T11:33:21.196Z",
                 "Severity": {"Label": "MEDIUM", "Normalized": 50, "Product": 5.0},
                 "Workflow": {"Status": "NEW"},
                 "RecordState": "ACTIVE",
                 "ProductFields": {"aws/guardduty/service/count": "2"},
                 "Resources": [{"Type": "AwsEc2Instance",
                                "Id": "arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890",
                                "Details": {"AwsEc2Instance": {"VpcId": "vpc-1"}}}]}
                """);
    }

    @Test
    void blobsAreBase64AndDocumentsTheirJson() throws IOException {
        assertWire(WireJson.of(CisSessionMessage.builder().ruleId("1.1").status("FAILED")
                .cisRuleDetails(SdkBytes.fromUtf8String("rule")).build()), """
                {"ruleId": "1.1", "status": "FAILED", "cisRuleDetails": "cnVsZQ=="}
                """);
        Document config = Document.fromMap(Map.of(
                "Name", Document.fromString("a"),
                "Count", Document.fromNumber(2),
                "Flags", Document.fromList(List.of(Document.fromBoolean(true), Document.fromNull()))));
        assertWire(WireJson.of(ResourceResult.builder().resourceId("r-1").resourceConfig(config).build()), """
                {"ResourceId": "r-1", "ResourceConfig": {"Name": "a", "Count": 2, "Flags": [true, null]}}
                """);
    }

    private static void assertWire(JsonNode actual, String expected) throws IOException {
        JsonNode wanted = JSON.readTree(expected);
        assertThat(actual.equals(SAME_VALUE, wanted)).as("%s%nexpected %s", actual, wanted).isTrue();
    }
}
