package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Fields;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.IngestedFindings;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: every Security Hub file in {@code ../shared/fixtures/securityhub} through the dataset's
 * decoder and normalizer. The expected values were read by hand from the files.
 */
class SecurityHubNormalizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static IngestedFindings ingest(String file) throws IOException {
        IngestedFindings ingested = IngestedFindings.of(SecurityHubDataset.create(),
                SharedFixtures.bytes("securityhub/" + file), file);
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.states()).hasSameSizeAs(ingested.events());
        return ingested;
    }

    private static double number(Document doc, String path) {
        return node(doc, path).doubleValue();
    }

    private static List<String> texts(Document doc, String path) {
        return Fields.texts(doc.source(), path);
    }

    /** The event and the latest state carry the ids of this finding identity and this update. */
    private static void assertIdentity(IngestedFindings ingested, int index, FindingSource source, String nativeId,
            String updatedAt) {
        Document event = ingested.events().get(index);
        Document state = ingested.states().get(index);
        long epochMillis = Instant.parse(updatedAt).toEpochMilli();
        assertThat(text(event, "finding.source")).isEqualTo(source.key());
        assertThat(text(event, "finding.id")).isEqualTo(nativeId);
        assertThat(text(event, "finding.reported_by")).isEqualTo("securityhub");
        assertThat(text(event, "event.dataset")).isEqualTo("aws.securityhub");
        assertThat(event.dataset()).isEqualTo("securityhub");
        assertThat(event.id()).isEqualTo(DocumentId.hash(source.key(), nativeId, Long.toString(epochMillis)));
        assertThat(event.timestamp()).isEqualTo(Instant.parse(updatedAt));
        assertThat(state.dataset()).isEqualTo("findings");
        assertThat(state.id()).isEqualTo(FindingDocuments.stateId(source, nativeId));
        assertThat(state.version()).isEqualTo(epochMillis);
        assertThat(state.source()).isEqualTo(event.source());
    }

    @Test
    void eventBridgeFindingsImportedCisControl() throws IOException {
        IngestedFindings ingested = ingest("asr_eventbridge_SecurityHub-Findings-Imported_CIS-1.4.json");
        Document doc = ingested.single();

        assertIdentity(ingested, 0, FindingSource.SECURITYHUB, "arn:aws:securityhub:us-east-1::product/aws/securityhub|"
                + "arn:aws:securityhub:us-east-1:111111111111:subscription/cis-aws-foundations-benchmark/v/1.2.0/1.4/finding/"
                + "e7d83ca8-6afd-428e-8ab0-e5b5b3b2239f", "2020-05-27T03:38:28.102Z");
        assertThat(text(doc, "finding.copy_id")).isNull();
        assertThat(text(doc, "finding.type"))
                .isEqualTo("Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark");
        assertThat(text(doc, "finding.title")).isEqualTo("1.4 Ensure access keys are rotated every 90 days or less");
        assertThat(text(doc, "finding.description")).startsWith("Access keys consist of an access key ID and secret");
        assertThat(text(doc, "finding.severity")).isEqualTo("medium");
        assertThat(number(doc, "finding.score")).isEqualTo(40.0);
        assertThat(text(doc, "finding.severity_label")).isEqualTo("MEDIUM");
        assertThat(text(doc, "finding.status")).isEqualTo("open");
        assertThat(text(doc, "finding.resolved_at")).isNull();
        assertThat(text(doc, "finding.compliance_status")).isEqualTo("WARNING");
        assertThat(text(doc, "finding.workflow_status")).isEqualTo("NEW");
        assertThat(text(doc, "finding.record_state")).isEqualTo("ACTIVE");
        assertThat(text(doc, "finding.first_seen")).isEqualTo("2020-05-08T03:41:45.527Z");
        assertThat(text(doc, "finding.last_seen")).isEqualTo("2020-05-27T03:38:29.560Z");
        assertThat(text(doc, "finding.updated_at")).isEqualTo("2020-05-27T03:38:28.102Z");
        assertThat(text(doc, "cloud.account.id")).isEqualTo("111111111111");
        assertThat(text(doc, "cloud.region")).as("no Region: the ProductArn's").isEqualTo("us-east-1");
        assertThat(texts(doc, "resource.type")).containsExactly("AwsAccount");
        assertThat(texts(doc, "resource.id")).containsExactly("AWS::::Account:111111111111");
        assertThat(text(doc, "finding.product")).isEqualTo("Security Hub");
        assertThat(text(doc, "finding.generator"))
                .isEqualTo("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0/rule/1.4");
        assertThat(text(doc, "finding.remediation"))
                .isEqualTo("For directions on how to fix this issue, please consult the AWS Security Hub CIS documentation.");
        assertThat(text(doc, "finding.url"))
                .isEqualTo("https://docs.aws.amazon.com/console/securityhub/standards-cis-1.4/remediation");
        assertThat(text(doc, "finding.details")).contains("\"RuleId\":\"1.4\"")
                .contains("\"RelatedAWSResources:0/name\":\"securityhub-access-keys-rotated-eee76602\"");
        assertThat(text(doc, "finding.details_flat.ProductFields.RuleId")).isEqualTo("1.4");
        assertThat(node(doc, "finding.missing")).isNull();
        assertThat(node(doc, "threat")).isNull();
    }

    @Test
    void guardDutySshBruteForceCopyWithPartitionlessArns() throws IOException {
        IngestedFindings ingested = ingest("awsdocs-guardduty_asff_SSHBruteForce_geo.json");
        Document doc = ingested.single();

        // "arn:aws::guardduty:..." in the file: the GuardDuty finding ARN, repaired, is the identity
        String arn = "arn:aws:guardduty:us-east-1:193043430472:detector/d4b040365221be2b54a6264dc9a4bc64/finding/"
                + "46ba0ac2845071e23ccdeb2ae03bfdea";
        assertIdentity(ingested, 0, FindingSource.GUARDDUTY, arn, "2020-09-30T12:14:00.206Z");
        assertThat(text(doc, "finding.copy_id")).isEqualTo("arn:aws::guardduty:us-east-1:193043430472:detector/"
                + "d4b040365221be2b54a6264dc9a4bc64/finding/46ba0ac2845071e23ccdeb2ae03bfdea");
        // Types "TTPs/Initial Access/UnauthorizedAccess:EC2-SSHBruteForce": the type as GuardDuty writes it
        assertThat(text(doc, "finding.type")).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(text(doc, "finding.title"))
                .isEqualTo("199.241.229.197 is performing SSH brute force attacks against i-0c10c2c7863d1a356.");
        // GuardDuty's severity 2 is Low by GuardDuty's ranges; this old copy's Label says MEDIUM
        assertThat(text(doc, "finding.severity")).isEqualTo("low");
        assertThat(number(doc, "finding.score")).isEqualTo(2.0);
        assertThat(text(doc, "finding.severity_label")).isEqualTo("Low");
        assertThat(text(doc, "finding.status")).isEqualTo("open");
        assertThat(node(doc, "finding.archived").booleanValue()).isFalse();
        assertThat(node(doc, "finding.count").longValue()).isEqualTo(74);
        assertThat(text(doc, "finding.action_type")).isEqualTo("NETWORK_CONNECTION");
        assertThat(text(doc, "finding.first_seen")).isEqualTo("2020-08-22T09:15:57Z");
        assertThat(text(doc, "finding.last_seen")).isEqualTo("2020-09-30T11:56:49Z");
        assertThat(text(doc, "cloud.account.id")).isEqualTo("193043430472");
        assertThat(text(doc, "cloud.region")).isEqualTo("us-east-1");
        assertThat(texts(doc, "resource.type")).containsExactly("Instance");
        assertThat(texts(doc, "resource.id")).containsExactly("i-0c10c2c7863d1a356");
        assertThat(text(doc, "threat.indicator.ip")).isEqualTo("199.241.229.197");
        assertThat(node(doc, "threat.indicator.port").longValue()).isEqualTo(46717);
        assertThat(number(doc, "threat.indicator.geo.location.lat")).isEqualTo(42.5122);
        assertThat(number(doc, "threat.indicator.geo.location.lon")).isEqualTo(-90.7384);
        assertThat(text(doc, "threat.indicator.geo.country_name")).isEqualTo("United States");
        assertThat(text(doc, "threat.indicator.geo.city_name")).isEqualTo("Dubuque");
        assertThat(node(doc, "threat.indicator.as.number").longValue()).isEqualTo(209);
        assertThat(text(doc, "threat.indicator.as.organization.name")).isEqualTo("CENTURYLINK-US-LEGACY-QWEST");
        assertThat(text(doc, "network.direction")).isEqualTo("inbound");
        assertThat(node(doc, "destination.port").longValue()).isEqualTo(22);
        assertThat(text(doc, "finding.product")).isEqualTo("GuardDuty");
        assertThat(text(doc, "finding.generator"))
                .isEqualTo("arn:aws:guardduty:us-east-1:193043430472:detector/d4b040365221be2b54a6264dc9a4bc64");
        assertThat(text(doc, "finding.url")).isEqualTo("https://us-east-1.console.aws.amazon.com/guardduty/home?"
                + "region=us-east-1#/findings?macros=current&fId=46ba0ac2845071e23ccdeb2ae03bfdea");
        assertThat(text(doc, "finding.workflow_status")).isEqualTo("NEW");
        assertThat(text(doc, "finding.record_state")).isEqualTo("ACTIVE");
        assertThat(text(doc, "finding.details")).contains("\"ImageId\":\"ami-02354e95b39ca8dec\"");
    }

    @Test
    void foundationalBestPracticesControlsThatPassAreResolved() throws IOException {
        IngestedFindings ingested = ingest("defectdojo_securityhub_config_fsbp_controls.json");
        String product = "arn:aws:securityhub:us-east-1::product/aws/securityhub|";
        String subscription = "arn:aws:securityhub:us-east-1:012345678912:subscription/aws-foundational-security-best-practices/v/1.0.0/";

        assertThat(ingested.events()).hasSize(3);
        assertIdentity(ingested, 0, FindingSource.SECURITYHUB,
                product + subscription + "IAM.5/finding/de861909-2d26-4e45-bd86-19d2ab6ceef1", "2020-06-14T21:02:53.454Z");
        assertIdentity(ingested, 1, FindingSource.SECURITYHUB,
                product + subscription + "SSM.2/finding/c3c9b6b4-4f33-4d9c-b81a-646e6c187a99", "2020-06-14T21:02:44.496Z");
        assertIdentity(ingested, 2, FindingSource.SECURITYHUB,
                product + subscription + "ELBv2.1/finding/27aa50f4-d793-4e54-8649-4522e876230f", "2020-06-14T21:02:32.493Z");
        Document iam = ingested.events().get(0);
        assertThat(text(iam, "finding.title")).isEqualTo("IAM.5 MFA should be enabled for all IAM users that have console password");
        assertThat(text(iam, "finding.type"))
                .isEqualTo("Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices");
        assertThat(text(iam, "finding.generator")).isEqualTo("aws-foundational-security-best-practices/v/1.0.0/IAM.5");
        assertThat(text(iam, "finding.first_seen")).isEqualTo("2020-06-08T14:33:07.560Z");
        assertThat(text(iam, "finding.last_seen")).isEqualTo("2020-06-14T21:02:53.940Z");
        assertThat(text(iam, "cloud.account.id")).isEqualTo("012345678912");
        assertThat(text(iam, "cloud.region")).isEqualTo("us-east-1");
        assertThat(texts(iam, "resource.id")).containsExactly("AWS::::Account:012345678912");
        assertThat(text(iam, "finding.url")).isEqualTo("https://docs.aws.amazon.com/console/securityhub/IAM.5/remediation");
        for (Document control : ingested.events()) {
            assertThat(text(control, "finding.severity")).isEqualTo("info");
            assertThat(text(control, "finding.severity_label")).isEqualTo("INFORMATIONAL");
            assertThat(number(control, "finding.score")).isEqualTo(0.0);
            assertThat(text(control, "finding.compliance_status")).isEqualTo("PASSED");
            assertThat(text(control, "finding.workflow_status")).isEqualTo("NEW");
            assertThat(text(control, "finding.status")).isEqualTo("resolved");
            assertThat(text(control, "finding.resolution")).isEqualTo("compliance_passed");
            assertThat(text(control, "finding.resolved_at")).isEqualTo(text(control, "finding.updated_at"));
            assertThat(text(control, "finding.product")).isEqualTo("Security Hub");
        }
        Document elb = ingested.events().get(2);
        assertThat(text(elb, "finding.first_seen")).isEqualTo("2020-06-08T14:33:35.245Z");
        assertThat(text(elb, "finding.last_seen")).as("no LastObservedAt").isNull();
        assertThat(node(elb, "finding.missing")).isNull();
    }

    @Test
    void guardDutyCopiesAreLinkedToTheGuardDutyFindings() throws IOException {
        IngestedFindings ingested = ingest("defectdojo_securityhub_guardduty_4findings.json");
        String detector = "arn:aws:guardduty:us-east-1:123456789012:detector/123456789/finding/";

        assertThat(ingested.events()).hasSize(4);
        assertIdentity(ingested, 0, FindingSource.GUARDDUTY, detector + "123456789789", "2024-01-17T11:33:21.196Z");
        assertIdentity(ingested, 1, FindingSource.GUARDDUTY, detector + "12312312312312312", "2024-01-17T11:33:20.699Z");
        assertIdentity(ingested, 2, FindingSource.GUARDDUTY, detector + "4897489798789", "2024-01-12T07:45:57.163Z");
        assertIdentity(ingested, 3, FindingSource.GUARDDUTY, detector + "2123123123123", "2023-12-12T13:17:27.087Z");
        for (Document copy : ingested.events()) {
            assertThat(text(copy, "finding.copy_id")).isEqualTo(text(copy, "finding.id"));
            assertThat(text(copy, "finding.status")).isEqualTo("open");
            assertThat(text(copy, "finding.product")).isEqualTo("GuardDuty");
            assertThat(text(copy, "cloud.account.id")).isEqualTo("123456789012");
            assertThat(text(copy, "cloud.region")).isEqualTo("us-east-1");
        }

        Document dns = ingested.events().get(0);
        // Types "TTPs/Defense Evasion/DefenseEvasion:EC2-UnusualDNSResolver": the type as GuardDuty writes it
        assertThat(text(dns, "finding.type")).isEqualTo("DefenseEvasion:EC2/UnusualDNSResolver");
        assertThat(text(dns, "finding.severity")).isEqualTo("medium");
        assertThat(text(dns, "finding.severity_label")).isEqualTo("Medium");
        assertThat(number(dns, "finding.score")).isEqualTo(5.0);
        // LastObservedAt says 2200; GuardDuty's own eventLastSeen is the last-seen time of its findings
        assertThat(text(dns, "finding.first_seen")).isEqualTo("2024-01-17T11:19:23Z");
        assertThat(text(dns, "finding.last_seen")).isEqualTo("2024-01-17T11:21:23Z");
        assertThat(text(dns, "threat.indicator.ip")).isEqualTo("1.1.1.1");
        assertThat(node(dns, "threat.indicator.port").longValue()).isEqualTo(53);
        assertThat(node(dns, "threat.indicator.geo.location")).as("lon 3458.123 is off the globe").isNull();
        assertThat(text(dns, "threat.indicator.geo.country_name")).isEqualTo("Russia");
        assertThat(text(dns, "threat.indicator.geo.city_name")).isEqualTo("Yeysk");
        assertThat(node(dns, "threat.indicator.as.number").longValue()).isEqualTo(25490);
        assertThat(text(dns, "threat.indicator.as.organization.name")).isEqualTo("Rostelecom");
        assertThat(text(dns, "network.direction")).isEqualTo("outbound");
        assertThat(node(dns, "destination.port").longValue()).as("outbound: the remote port").isEqualTo(53);
        assertThat(node(dns, "finding.count").longValue()).isEqualTo(108);
        assertThat(node(dns, "finding.archived").booleanValue()).isFalse();
        assertThat(texts(dns, "resource.type")).containsExactly("Instance");
        assertThat(texts(dns, "resource.id")).containsExactly("i-1234567890");
        assertThat(text(dns, "finding.details")).contains("\"aws/guardduty/service/additionalInfo/unusual\":\"Rostelecom\"");

        Document portscan = ingested.events().get(1);
        assertThat(text(portscan, "finding.type")).isEqualTo("Recon:EC2/Portscan");
        assertThat(text(portscan, "threat.indicator.ip")).isEqualTo("1.2.3.4");
        assertThat(number(portscan, "threat.indicator.geo.location.lat")).isEqualTo(10.188);
        assertThat(number(portscan, "threat.indicator.geo.location.lon")).isEqualTo(123.43);
        assertThat(text(portscan, "threat.indicator.geo.country_name")).isEqualTo("USA");
        assertThat(text(portscan, "threat.indicator.as.organization.name")).isEqualTo("AMAZON-02");
        assertThat(node(portscan, "threat.indicator.as.number").longValue()).isEqualTo(16509);
        assertThat(node(portscan, "destination.port").longValue()).isEqualTo(995);
        assertThat(node(portscan, "finding.count").longValue()).isEqualTo(4);
        assertThat(text(portscan, "finding.last_seen")).isEqualTo("2024-01-17T11:25:23Z");

        Document ssh = ingested.events().get(2);
        assertThat(text(ssh, "finding.type")).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(text(ssh, "finding.severity")).isEqualTo("low");
        assertThat(text(ssh, "finding.severity_label")).isEqualTo("Low");
        assertThat(number(ssh, "finding.score")).isEqualTo(2.0);
        assertThat(text(ssh, "threat.indicator.ip")).isEqualTo("1.22.9.9");
        assertThat(node(ssh, "threat.indicator.port").longValue()).isEqualTo(37726);
        assertThat(node(ssh, "threat.indicator.geo.location")).as("lat 11231.61269 is off the globe").isNull();
        assertThat(text(ssh, "threat.indicator.geo.country_name")).isEqualTo("Italy");
        assertThat(text(ssh, "threat.indicator.geo.city_name")).isEqualTo("Pomezia");
        assertThat(text(ssh, "network.direction")).isEqualTo("inbound");
        assertThat(node(ssh, "destination.port").longValue()).as("inbound: the local port").isEqualTo(22);
        assertThat(node(ssh, "finding.count").longValue()).isEqualTo(7);
        assertThat(text(ssh, "finding.first_seen")).isEqualTo("2023-11-06T15:28:58Z");
        assertThat(text(ssh, "finding.last_seen")).isEqualTo("2099-01-12T07:30:38Z");

        Document api = ingested.events().get(3);
        // no ':' in "IAMUser-AnomalousBehavior": not GuardDuty's form of a type, so the entry is kept as it came
        assertThat(text(api, "finding.type")).isEqualTo("TTPs/Discovery/IAMUser-AnomalousBehavior");
        assertThat(text(api, "finding.severity")).isEqualTo("low");
        assertThat(text(api, "finding.action_type")).isEqualTo("AWS_API_CALL");
        assertThat(text(api, "threat.indicator.ip")).isEqualTo("1.2.3.5");
        assertThat(node(api, "threat.indicator.geo.location")).as("lat 42123.46 is off the globe").isNull();
        assertThat(text(api, "threat.indicator.geo.city_name")).isEqualTo("Belgrade");
        assertThat(text(api, "threat.indicator.as.organization.name")).isEqualTo("Russia.o.");
        assertThat(node(api, "threat.indicator.as.number").longValue()).isEqualTo(31042);
        assertThat(node(api, "threat.indicator.port")).isNull();
        assertThat(node(api, "finding.count")).as("no count in this copy").isNull();
        assertThat(node(api, "finding.archived")).as("no archived flag in this copy").isNull();
        assertThat(texts(api, "resource.type")).containsExactly("AccessKey");
        assertThat(texts(api, "resource.id")).containsExactly("123123123");
        assertThat(text(api, "user.name")).isEqualTo("asdfasdfasdf");
        // no eventFirstSeen/eventLastSeen here; LastObservedAt 2200-12-12 is outside 1970-2199
        assertThat(text(api, "finding.first_seen")).isEqualTo("2023-12-12T12:51:24Z");
        assertThat(text(api, "finding.last_seen")).isNull();
        assertThat(texts(api, "finding.missing")).containsExactly("finding.last_seen");
    }

    @Test
    void inspectorEcrCopiesAreLinkedToTheInspectorFindings() throws IOException {
        IngestedFindings ingested = ingest("defectdojo_securityhub_inspector2_ecr_7findings.json");
        String findings = "arn:aws:inspector2:eu-central-1:123456789012:finding/";

        assertThat(ingested.events()).hasSize(7);
        assertIdentity(ingested, 0, FindingSource.INSPECTOR, findings + "fbd353dda17ad52c47774ad7d62360b2", "2023-08-30T21:11:07Z");
        assertIdentity(ingested, 1, FindingSource.INSPECTOR, findings + "fabd67b4e814d66ce64fb34f2f20b559", "2023-08-30T21:11:47Z");
        assertIdentity(ingested, 2, FindingSource.INSPECTOR, findings + "ed174f9755171e51f5f45e2bfc0bb685", "2023-08-30T14:28:53Z");
        assertIdentity(ingested, 3, FindingSource.INSPECTOR, findings + "fb283a3490f48eec11b6500faab7470c", "2023-08-21T17:01:53Z");
        assertIdentity(ingested, 4, FindingSource.INSPECTOR, findings + "b05900ac9880dc902ef729b72a91a21a", "2023-08-21T13:41:59Z");
        assertIdentity(ingested, 5, FindingSource.INSPECTOR, findings + "1f46c626e66f19961cb634e30463b913", "2023-08-21T13:41:58Z");
        assertIdentity(ingested, 6, FindingSource.INSPECTOR, findings + "8ba5034cf5b39282316fb9a919a2c556", "2023-08-21T13:06:22Z");
        assertThat(ingested.events()).extracting(doc -> text(doc, "vulnerability.id")).containsExactly(
                "CVE-2023-2650", "CVE-2022-32149", "CVE-2022-25883", "CVE-2023-37920", "CVE-2022-31163",
                "CVE-2023-37788", "CVE-2023-25194");
        assertThat(ingested.events()).extracting(doc -> text(doc, "finding.severity"))
                .containsExactly("medium", "high", "high", "critical", "high", "high", "high");
        assertThat(ingested.events()).extracting(doc -> text(doc, "finding.severity_label"))
                .containsExactly("MEDIUM", "HIGH", "HIGH", "CRITICAL", "HIGH", "HIGH", "HIGH");
        assertThat(ingested.events()).extracting(doc -> number(doc, "finding.score"))
                .as("Inspector's score, as Inspector's own findings carry it")
                .containsExactly(6.5, 7.5, 7.5, 9.8, 8.1, 7.5, 8.8);
        assertThat(ingested.events()).extracting(doc -> number(doc, "vulnerability.score.base"))
                .containsExactly(6.5, 7.5, 7.5, 9.8, 8.1, 7.5, 8.8);
        assertThat(ingested.events()).extracting(doc -> texts(doc, "package.manager")).containsExactly(
                List.of("OS"), List.of("GOMOD", "GOMOD", "GOMOD"), List.of("NODEPKG"),
                List.of("POETRY", "POETRY", "PYTHONPKG", "POETRY"), List.of("BUNDLER"), List.of("GOBINARY"), List.of("JAR"));
        assertThat(ingested.events()).extracting(doc -> text(doc, "vulnerability.exploit_available"))
                .containsExactly("NO", "YES", "YES", "NO", "NO", "YES", "YES");
        for (Document copy : ingested.events()) {
            assertThat(text(copy, "finding.copy_id")).isEqualTo(text(copy, "finding.id"));
            assertThat(text(copy, "finding.status")).isEqualTo("open");
            // Types "Software and Configuration Checks/Vulnerabilities/CVE": Inspector's type of a package vulnerability
            assertThat(text(copy, "finding.type")).isEqualTo("PACKAGE_VULNERABILITY");
            assertThat(text(copy, "finding.product")).isEqualTo("Inspector");
            assertThat(text(copy, "finding.generator")).isEqualTo("AWSInspector");
            assertThat(text(copy, "vulnerability.fix_available")).isEqualTo("YES");
            assertThat(text(copy, "vulnerability.score.version")).isEqualTo("3.1");
            assertThat(text(copy, "cloud.account.id")).isEqualTo("123456789012");
            assertThat(text(copy, "cloud.region")).isEqualTo("eu-central-1");
            assertThat(texts(copy, "resource.type")).containsExactly("AWS_ECR_CONTAINER_IMAGE");
            assertThat(text(copy, "finding.remediation")).startsWith("Remediation is available.");
            assertThat(text(copy, "finding.url")).isNull();
        }

        Document openssl = ingested.events().get(0);
        assertThat(text(openssl, "finding.title")).isEqualTo("CVE-2023-2650 - openssl");
        assertThat(texts(openssl, "package.name")).containsExactly("openssl");
        assertThat(texts(openssl, "package.version")).containsExactly("1.1.1n");
        assertThat(texts(openssl, "package.fixed_version")).containsExactly("0:1.1.1n-0+deb11u5");
        assertThat(number(openssl, "vulnerability.epss")).isEqualTo(0.0014);
        assertThat(number(openssl, "vulnerability.inspector_score")).isEqualTo(6.5);
        assertThat(text(openssl, "vulnerability.reference")).isEqualTo("https://security-tracker.debian.org/tracker/CVE-2023-2650");
        assertThat(texts(openssl, "resource.id")).containsExactly("arn:aws:ecr:eu-central-1:123456789012:repository/repo-os/"
                + "sha256:af965ef68c78374a5f987fce98c0ddfa45801df2395bf012c50b863e65978d74");
        assertThat(text(openssl, "finding.first_seen")).isEqualTo("2023-08-23T14:00:39Z");
        assertThat(text(openssl, "finding.last_seen")).isEqualTo("2023-08-30T21:11:07Z");

        Document certifi = ingested.events().get(3);
        assertThat(text(certifi, "finding.title")).isEqualTo("CVE-2023-37920 - certifi, certifi and 2 more");
        assertThat(texts(certifi, "package.name")).containsExactly("certifi", "certifi", "certifi", "certifi");
        assertThat(texts(certifi, "package.version")).containsExactly("2022.12.7", "2023.5.7", "2023.5.7", "2022.12.7");
        assertThat(texts(certifi, "package.fixed_version")).containsExactly("2023.7.22", "2023.7.22", "2023.7.22", "2023.7.22");
        assertThat(node(certifi, "vulnerability.epss")).isNull();
        assertThat(text(certifi, "vulnerability.reference")).isEqualTo("https://nvd.nist.gov/vuln/detail/CVE-2023-37920");
        assertThat(text(certifi, "finding.first_seen")).isEqualTo("2023-08-10T07:36:46Z");
    }

    @Test
    void theSameFindingsInCamelCaseAreTheSameDocuments() throws IOException {
        String file = "defectdojo_securityhub_guardduty_4findings.json";
        IngestedFindings pascal = ingest(file);
        JsonNode camel = camelCase(JSON.readTree(SharedFixtures.bytes("securityhub/" + file)), false);
        IngestedFindings converted = IngestedFindings.of(SecurityHubDataset.create(), JSON.writeValueAsBytes(camel), file);

        assertThat(converted.badRecords).isEmpty();
        assertThat(converted.documents).extracting(Document::id)
                .containsExactlyElementsOf(pascal.documents.stream().map(Document::id).toList());
        for (int i = 0; i < pascal.documents.size(); i++) {
            // the details keep the payload as it came, in its letter case; every other field is the same
            assertThat(withoutDetails(converted.documents.get(i))).isEqualTo(withoutDetails(pascal.documents.get(i)));
        }
    }

    /** The tree with member names in camelCase, except the keys of ProductFields, which are data. */
    private static JsonNode camelCase(JsonNode node, boolean data) {
        if (node.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            node.forEach(element -> array.add(camelCase(element, false)));
            return array;
        }
        if (!node.isObject() || data) {
            return node;
        }
        ObjectNode object = JSON.createObjectNode();
        node.properties().forEach(member -> object.set(
                Character.toLowerCase(member.getKey().charAt(0)) + member.getKey().substring(1),
                camelCase(member.getValue(), member.getKey().equals("ProductFields"))));
        return object;
    }

    private static ObjectNode withoutDetails(Document document) {
        ObjectNode source = document.source().deepCopy();
        ((ObjectNode) source.get("finding")).remove(List.of("details", "details_flat"));
        return source;
    }
}
