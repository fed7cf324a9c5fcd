package io.vigil.sources.guardduty;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static io.vigil.sources.Ingested.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.IngestedFindings;
import io.vigil.sources.json.BoundedJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: the real GuardDuty files in {@code ../shared/fixtures/guardduty} through the guardduty
 * dataset's decoder and normalizer. Every expected value was read by hand from the files (epoch
 * milliseconds computed by hand and checked with {@code date -u -d <time> +%s%3N}).
 */
class GuardDutyNormalizerTest {

    private static final String IAM_FILE = "aws-samples_gd-automated-response_iam_Recon-IAMUser-MaliciousIPCaller.json";
    private static final String S3_FILE = "aws-samples_gd-automated-response_s3_PenTest-S3-ParrotLinux.json";
    private static final String GET_FINDINGS_FILE = "awscli_guardduty_get-findings_output_Recon-IAMUser.json";
    private static final String EXPORT_FILE = "elastic-integrations_test-guardduty_s3-export.log";

    // --- golden tests on the shared files ---

    @Test
    void eventBridgeDetailOfAnArchivedIamFinding() throws IOException {
        IngestedFindings ingested = ingest(IAM_FILE);
        Document event = ingested.single();
        String arn = "arn:aws:guardduty:us-east-1:123456789012:detector/123456789012/finding/30bf285e52a1e405084ff6ec28e06e17";
        assertIdentity(ingested, arn, "2022-01-13T00:00:47.427Z", 1642032047427L);
        assertThat(text(event, "finding.type")).isEqualTo("Recon:IAMUser/MaliciousIPCaller.Custom");
        assertThat(text(event, "finding.title"))
                .isEqualTo("Reconnaissance API GeneratedFindingAPIName was invoked from an IP address on a custom threat list.");
        assertThat(text(event, "finding.description")).startsWith("APIs commonly used in reconnaissance attacks, was invoked");
        assertSeverity(event, 5.0, "medium", "Medium");
        assertThat(text(event, "finding.status")).isEqualTo("resolved");
        assertThat(text(event, "finding.resolution")).isEqualTo("archived");
        assertThat(text(event, "finding.resolved_at")).isEqualTo("2022-01-13T00:00:47.427Z");
        assertThat(node(event, "finding.archived").booleanValue()).isTrue();
        assertThat(node(event, "finding.count").longValue()).isEqualTo(1);
        assertThat(text(event, "finding.first_seen")).isEqualTo("2022-01-13T00:00:47Z");
        assertThat(text(event, "finding.last_seen")).isEqualTo("2022-01-13T00:00:47Z");
        assertThat(text(event, "cloud.account.id")).isEqualTo("123456789012");
        assertThat(text(event, "cloud.region")).isEqualTo("us-east-1");
        // resourceType AccessKey first; the sample also carries instanceDetails
        assertResources(event, List.of("AccessKey", "Instance"), List.of("GeneratedFindingAccessKeyId", "i-99999999"));
        assertThat(text(event, "user.name")).isEqualTo("GeneratedFindingUserName");
        assertThat(text(event, "finding.action_type")).isEqualTo("AWS_API_CALL");
        assertIndicator(event, "198.51.100.0", 0.0, 0.0, "GeneratedFindingCountryName", "GeneratedFindingCityName",
                null, "GeneratedFindingASNOrg");
        assertDetails(event, """
                {"apiCalls":[{"name":"GeneratedFindingAPIName1","count":2,"firstSeen":1513721039,"lastSeen":1513721040},
                             {"name":"GeneratedFindingAPIName2","count":1,"firstSeen":1513721040,"lastSeen":1513721040}],
                 "sample":true}""");
        assertThat(node(event, "finding.missing")).isNull();
    }

    @Test
    void eventBridgeDetailOfAnS3Finding() throws IOException {
        IngestedFindings ingested = ingest(S3_FILE);
        Document event = ingested.single();
        String arn = "arn:aws:guardduty:us-east-1:123456789012:detector/123456789012/finding/2cbf285e52a6e74ff96f4cb3cf93296d";
        assertIdentity(ingested, arn, "2022-01-13T00:00:47.437Z", 1642032047437L);
        assertThat(text(event, "finding.type")).isEqualTo("PenTest:S3/ParrotLinux");
        assertSeverity(event, 5.0, "medium", "Medium");
        assertThat(text(event, "finding.status")).isEqualTo("resolved");
        assertThat(node(event, "finding.archived").booleanValue()).isTrue();
        assertResources(event, List.of("S3Bucket", "Instance", "AccessKey"),
                List.of("arn:aws:s3:::bucketName", "i-99999999", "GeneratedFindingAccessKeyId"));
        assertThat(text(event, "user.name")).isEqualTo("GeneratedFindingUserName");
        assertThat(text(event, "finding.action_type")).isEqualTo("AWS_API_CALL");
        assertIndicator(event, "198.51.100.0", 0.0, 0.0, "GeneratedFindingCountryName", "GeneratedFindingCityName",
                null, "GeneratedFindingASNOrg");
        assertDetails(event, """
                {"unusual":{"hoursOfDay":[1513609200000],"userNames":["GeneratedFindingUserName"]},"sample":true}""");
    }

    @Test
    void getFindingsOutputInPascalCase() throws IOException {
        IngestedFindings ingested = ingest(GET_FINDINGS_FILE);
        Document event = ingested.single();
        String arn = "arn:aws:guardduty:us-east-1:111122223333:detector/d4b040365221be2b54a6264dcexample"
                + "/finding/1ab92989eaf0e742df4a014d5example";
        assertIdentity(ingested, arn, "2020-05-26T22:55:21.703Z", 1590533721703L);
        assertThat(event.location().toString()).isEqualTo(GET_FINDINGS_FILE + " record 1");
        assertThat(text(event, "finding.type")).isEqualTo("Recon:IAMUser/UserPermissions");
        assertThat(text(event, "finding.title")).isEqualTo("Unusual user permission reconnaissance activity by testuser.");
        assertSeverity(event, 5.0, "medium", "Medium");
        assertThat(text(event, "finding.status")).isEqualTo("open");
        assertThat(node(event, "finding.resolution")).isNull();
        assertThat(node(event, "finding.resolved_at")).isNull();
        assertThat(node(event, "finding.archived").booleanValue()).isFalse();
        assertThat(node(event, "finding.count").longValue()).isEqualTo(5);
        assertThat(text(event, "finding.first_seen")).isEqualTo("2020-05-26T22:02:24Z");
        assertThat(text(event, "finding.last_seen")).isEqualTo("2020-05-26T22:33:55Z");
        assertThat(text(event, "cloud.account.id")).isEqualTo("111122223333");
        assertThat(text(event, "cloud.region")).isEqualTo("us-east-1");
        assertResources(event, List.of("AccessKey"), List.of("ASIASZ4SI7REEEXAMPLE"));
        assertThat(text(event, "user.name")).isEqualTo("testuser");
        assertThat(text(event, "finding.action_type")).isEqualTo("AWS_API_CALL");
        assertIndicator(event, "52.94.36.7", 51.5164, -0.093, "United Kingdom", "London", 16509L, "AMAZON-02");
        assertThat(node(event, "finding.details")).isNull();
    }

    @Test
    void s3ExportLinesOneFindingEach() throws IOException {
        IngestedFindings ingested = ingest(EXPORT_FILE);
        List<Document> events = events(ingested);
        // six lines: five findings, and a last line {"findings":[]} that holds none
        assertThat(events).hasSize(5);
        assertThat(ingested.states()).hasSize(5);
        assertThat(events).extracting(event -> event.location().toString())
                .containsExactly(EXPORT_FILE + " line 1", EXPORT_FILE + " line 2", EXPORT_FILE + " line 3",
                        EXPORT_FILE + " line 4", EXPORT_FILE + " line 5");
        events.forEach(event -> assertThat(node(event, "finding.missing")).isNull());

        Document dns = events.get(0);
        assertThat(text(dns, "finding.id")).isEqualTo("arn:aws:guardduty:us-east-1:123412341234:detector/"
                + "d60123456789e5461eabcd1234abcd1234/finding/d6012345678912345678912349f831b8f");
        assertThat(dns.id()).isEqualTo(DocumentId.hash("guardduty", text(dns, "finding.id"), "1669119740934"));
        assertThat(text(dns, "finding.type")).isEqualTo("Trojan:EC2/BlackholeTraffic!DNS");
        assertSeverity(dns, 5.0, "medium", "Medium");
        assertThat(text(dns, "finding.status")).isEqualTo("open");
        assertThat(node(dns, "finding.archived").booleanValue()).isFalse();
        assertThat(node(dns, "finding.count").longValue()).isEqualTo(2);
        assertThat(text(dns, "finding.updated_at")).isEqualTo("2022-11-22T12:22:20.934Z");
        assertThat(text(dns, "finding.first_seen")).isEqualTo("2022-11-17T09:33:19Z");
        assertThat(text(dns, "finding.last_seen")).isEqualTo("2022-11-22T12:22:20Z");
        assertThat(text(dns, "cloud.account.id")).isEqualTo("123412341234");
        assertThat(text(dns, "cloud.region")).isEqualTo("us-east-1");
        assertResources(dns, List.of("Instance"), List.of("i-99999999"));
        assertThat(text(dns, "finding.action_type")).isEqualTo("DNS_REQUEST");
        assertThat(text(dns, "threat.indicator.domain")).isEqualTo("GeneratedFindingDomainName");
        assertThat(node(dns, "threat.indicator.ip")).isNull();
        // the export carries the additional info both as fields and as JSON text in value: kept once
        assertDetails(dns, """
                {"threatListName":"GeneratedFindingThreatListName","sample":true}""");

        Document anonymous = events.get(1);
        assertThat(text(anonymous, "finding.id")).isEqualTo("arn:aws:guardduty:us-east-1:123412341234:detector/"
                + "abcdefe19ce5461eabcd1234abcd1234/finding/250023a9abcdefabcdef12345678");
        assertThat(text(anonymous, "finding.updated_at")).isEqualTo("2022-11-22T12:22:20.935Z");
        assertThat(text(anonymous, "finding.type")).isEqualTo("Persistence:Kubernetes/SuccessfulAnonymousAccess");
        assertSeverity(anonymous, 8.0, "high", "High");
        assertResources(anonymous, List.of("EKSCluster"), List.of("GeneratedFindingEKSClusterArn"));
        assertThat(text(anonymous, "user.name")).isEqualTo("system:anonymous");
        assertThat(text(anonymous, "finding.action_type")).isEqualTo("KUBERNETES_API_CALL");
        // asn "0" is reserved: no AS number
        assertIndicator(anonymous, "175.16.199.1", 0.0, 0.0, "GeneratedFindingCountryName", "GeneratedFindingCityName",
                null, "GeneratedFindingASNOrg");

        Document tor = events.get(2);
        assertThat(text(tor, "finding.id")).isEqualTo("arn:aws:guardduty:us-east-1:123412341234:detector/"
                + "12341234e19ce5461eabcd1234abcd1234/finding/43b6abcdeabcdeabcde1234562176924");
        assertThat(text(tor, "finding.updated_at")).isEqualTo("2022-11-22T12:22:20.938Z");
        assertThat(text(tor, "finding.type")).isEqualTo("Discovery:Kubernetes/TorIPCaller");
        assertSeverity(tor, 5.0, "medium", "Medium");
        assertResources(tor, List.of("EKSCluster", "AccessKey"),
                List.of("GeneratedFindingEKSClusterArn", "GeneratedFindingAccessKeyId"));
        assertThat(text(tor, "user.name")).isEqualTo("GeneratedFindingUserName");
        assertThat(text(tor, "threat.indicator.ip")).isEqualTo("175.16.199.1");

        Document rds = events.get(3);
        assertThat(text(rds, "finding.id")).isEqualTo("arn:aws:guardduty:us-east-1:123412341234:detector/"
                + "4ec22961e1defabcdefabcdef2a1234/finding/5abcdefabcdefabcdef2a123456789f6");
        assertThat(rds.id()).isEqualTo(DocumentId.hash("guardduty", text(rds, "finding.id"), "1670408915948"));
        assertThat(text(rds, "finding.type")).isEqualTo("CredentialAccess:RDS/AnomalousBehavior.SuccessfulLogin");
        assertSeverity(rds, 8.0, "high", "High");
        assertThat(node(rds, "finding.count").longValue()).isEqualTo(1);
        assertThat(text(rds, "finding.first_seen")).isEqualTo("2022-12-07T10:28:35Z");
        assertThat(text(rds, "finding.last_seen")).isEqualTo("2022-12-07T10:28:35Z");
        assertResources(rds, List.of("RDSDBInstance"),
                List.of("arn:aws:rds:us-east-1:123456789000:db:GeneratedFindingDBInstanceId"));
        assertThat(text(rds, "user.name")).isEqualTo("GeneratedFindingUserName");
        assertThat(text(rds, "finding.action_type")).isEqualTo("RDS_LOGIN_ATTEMPT");
        assertIndicator(rds, "175.16.199.1", 0.0, 0.0, "GeneratedFindingCountryName", "GeneratedFindingCityName",
                null, "GeneratedFindingAsnOrg");
        assertThat(node(rds, "finding.details_flat.unusualBehavior.unusualASNClusterProfiling.successfulLoginCount")
                .intValue()).isEqualTo(10);
        assertThat(node(rds, "finding.details_flat.value")).isNull();

        Document runtime = events.get(4);
        assertThat(text(runtime, "finding.id")).isEqualTo("arn:aws:guardduty:us-west-1:abcd1234:detector/abcd1234/finding/abcd1234");
        assertThat(runtime.id()).isEqualTo(DocumentId.hash("guardduty", text(runtime, "finding.id"), "1728014953066"));
        assertThat(text(runtime, "finding.type")).isEqualTo("PrivilegeEscalation:Runtime/DockerSocketAccessed");
        assertThat(text(runtime, "finding.title")).isEqualTo("A container is communicating with a docker socket.");
        assertSeverity(runtime, 5.0, "medium", "Medium");
        assertThat(node(runtime, "finding.count").longValue()).isEqualTo(9);
        assertThat(text(runtime, "finding.first_seen")).isEqualTo("2024-07-24T04:03:51.666Z");
        assertThat(text(runtime, "finding.last_seen")).isEqualTo("2024-10-04T04:06:30.383Z");
        assertThat(text(runtime, "cloud.account.id")).isEqualTo("123456789");
        assertThat(text(runtime, "cloud.region")).isEqualTo("us-west-1");
        assertResources(runtime, List.of("Container", "Instance"), List.of("abcd1234", "i-abcd1234"));
        // an empty action ({}) and an empty additional info (value "{}")
        assertThat(node(runtime, "finding.action_type")).isNull();
        assertThat(node(runtime, "threat")).isNull();
        assertThat(node(runtime, "finding.details")).isNull();
    }

    @Test
    void aGzipExportGivesTheSameFindings() throws IOException {
        byte[] plain = SharedFixtures.bytes("guardduty/" + EXPORT_FILE);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(plain);
        }
        List<Document> fromGzip = events(IngestedFindings.of(GuardDutyDataset.create(), gzip.toByteArray(),
                EXPORT_FILE + ".gz"));
        List<Document> fromPlain = events(IngestedFindings.of(GuardDutyDataset.create(), plain, EXPORT_FILE));
        assertThat(fromGzip).hasSize(5).extracting(Document::id)
                .containsExactlyElementsOf(fromPlain.stream().map(Document::id).toList());
    }

    @Test
    void theSameFindingInCamelCaseAndPascalCaseIsOneFinding() throws Exception {
        JsonNode camel = TestFinding.JSON.readTree(SharedFixtures.bytes("guardduty/" + IAM_FILE));
        JsonNode pascal = pascalCase(camel);
        assertThat(pascal.has("Arn") && pascal.path("Service").has("EventFirstSeen")).isTrue();

        List<Document> fromCamel = TestFinding.normalize(camel);
        List<Document> fromPascal = TestFinding.normalize(pascal);
        assertThat(fromPascal).extracting(Document::id).containsExactlyElementsOf(
                fromCamel.stream().map(Document::id).toList());
        assertThat(fromPascal).extracting(Document::version).containsExactlyElementsOf(
                fromCamel.stream().map(Document::version).toList());
        // the whole documents agree but for the additional info, whose keys the renaming changed too
        for (int i = 0; i < 2; i++) {
            ObjectNode camelBody = withoutDetails(fromCamel.get(i));
            assertThat(withoutDetails(fromPascal.get(i))).isEqualTo(camelBody);
        }
    }

    @Test
    void getFindingsAdditionalInfoAsJsonTextGivesTheSameDocumentsAsTheExport() throws Exception {
        String exportLine = SharedFixtures.read("guardduty/" + EXPORT_FILE).lines().findFirst().orElseThrow();
        JsonNode camel = TestFinding.parse(exportLine);
        ObjectNode pascal = (ObjectNode) pascalCase(camel);
        // GetFindings gives ServiceAdditionalInfo as {Value: JSON text, Type}, without the fields beside it
        ((ObjectNode) pascal.get("Service")).set("AdditionalInfo", TestFinding.JSON.createObjectNode()
                .put("Value", camel.path("service").path("additionalInfo").path("value").asText())
                .put("Type", "default"));

        List<Document> fromCamel = TestFinding.normalize(camel);
        List<Document> fromPascal = TestFinding.normalize(pascal);
        assertThat(fromPascal).extracting(Document::id)
                .containsExactlyElementsOf(fromCamel.stream().map(Document::id).toList());
        assertThat(fromPascal).extracting(Document::source)
                .containsExactlyElementsOf(fromCamel.stream().map(Document::source).toList());
    }

    // --- bad input ---

    @Test
    void anInvalidJsonLineIsReportedAndTheOthersIngest() throws IOException {
        String good = TestFinding.minimal().toString();
        String other = TestFinding.minimal().put("arn", TestFinding.ARN.replace("f00d", "beef")).toString();
        IngestedFindings ingested = ingestText(good + "\n{\"arn\": \"broken\n" + other + "\n");
        assertThat(ingested.malformed).singleElement().asString().startsWith("test-input line 2: invalid JSON");
        assertThat(ingested.badRecords).isEmpty();
        assertThat(ingested.documents).hasSize(4);
        assertThat(ingested.documents).extracting(document -> text(document, "finding.id"))
                .containsExactly(TestFinding.ARN, TestFinding.ARN, TestFinding.ARN.replace("f00d", "beef"),
                        TestFinding.ARN.replace("f00d", "beef"));
    }

    @Test
    void emptyInputsGiveNoFindingAndSaySoWhereThereIsSomethingToSay() throws IOException {
        IngestedFindings empty = ingestText("{}");
        assertThat(empty.documents).isEmpty();
        assertThat(empty.badRecords).singleElement().asString()
                .isEqualTo("test-input record 1: an empty JSON object ({}) holds no GuardDuty finding");

        for (String nothing : List.of("{\"findings\":[]}", "{\"Findings\":[]}", "[]")) {
            IngestedFindings ingested = ingestText(nothing);
            assertThat(ingested.documents).as(nothing).isEmpty();
            assertThat(ingested.malformed).as(nothing).isEmpty();
            assertThat(ingested.badRecords).as(nothing).isEmpty();
        }
    }

    @Test
    void aFindingWithoutUpdateTimeCannotBeOrdered() {
        ObjectNode finding = TestFinding.minimal();
        finding.remove("updatedAt");
        assertThatThrownBy(() -> TestFinding.normalize(finding))
                .isInstanceOf(BadRecordException.class)
                .hasMessage("guardduty finding " + TestFinding.ARN + " has no update time: its updates cannot be put in order");
    }

    @Test
    void anUnreadableTimeIsRefusedWithItsField() {
        ObjectNode finding = TestFinding.minimal();
        ((ObjectNode) finding.get("service")).put("eventLastSeen", "yesterday");
        assertThatThrownBy(() -> TestFinding.normalize(finding))
                .isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("service.eventLastSeen 'yesterday' is not an ISO-8601 date-time");
    }

    @Test
    void anUnknownFindingTypeIsAcceptedAndKept() throws BadRecordException {
        ObjectNode finding = TestFinding.minimal().put("type", "Exfiltration:Quantum/Entanglement.Unheard!Of");
        Document event = TestFinding.event(finding);
        assertThat(text(event, "finding.type")).isEqualTo("Exfiltration:Quantum/Entanglement.Unheard!Of");
        assertThat(node(event, "finding.missing")).isNull();
    }

    @Test
    void aMissingAccountIsAcceptedAndMarked() throws BadRecordException {
        ObjectNode finding = TestFinding.minimal();
        finding.remove("accountId");
        List<Document> documents = TestFinding.normalize(finding);
        assertThat(documents).hasSize(2);
        for (Document document : documents) {
            assertThat(node(document, "cloud.account")).isNull();
            assertThat(texts(document, "finding.missing")).containsExactly("cloud.account.id");
            assertThat(text(document, "finding.id")).isEqualTo(TestFinding.ARN);
        }
    }

    @Test
    void withoutArnTheArnIsBuiltAsGuardDutyBuildsIt() throws BadRecordException {
        ObjectNode finding = TestFinding.minimal();
        finding.remove("arn");
        Document event = TestFinding.event(finding);
        assertThat(text(event, "finding.id"))
                .isEqualTo("arn:aws:guardduty:eu-west-1:111122223333:detector/d1e2f3/finding/f00d")
                .isEqualTo(TestFinding.ARN);
    }

    @Test
    void withoutArnNorWhatBuildsItTheFindingIsRefused() {
        ObjectNode noId = TestFinding.minimal();
        noId.remove("arn");
        noId.remove("id");
        assertThatThrownBy(() -> TestFinding.normalize(noId))
                .isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("GuardDuty finding without arn and id");

        ObjectNode noDetector = TestFinding.minimal();
        noDetector.remove("arn");
        noDetector.remove("partition");
        ((ObjectNode) noDetector.get("service")).remove("detectorId");
        assertThatThrownBy(() -> TestFinding.normalize(noDetector))
                .isInstanceOf(BadRecordException.class)
                .hasMessage("GuardDuty finding f00d has no arn, nor the partition, service.detectorId to build it from");
    }

    @Test
    void severityMustBeGuardDutysNumber() {
        for (String severity : List.of("\"High\"", "11", "-1", "true", "{}")) {
            ObjectNode finding = TestFinding.minimal();
            finding.set("severity", TestFinding.parse(severity));
            assertThatThrownBy(() -> TestFinding.normalize(finding)).as(severity)
                    .isInstanceOf(BadRecordException.class)
                    .hasMessage("severity " + severity + " is not a number from 0 to 10 (GuardDuty severities are 1.0 to 10.0)");
        }
        ObjectNode none = TestFinding.minimal();
        none.remove("severity");
        assertThatThrownBy(() -> TestFinding.normalize(none))
                .isInstanceOf(BadRecordException.class)
                .hasMessage("guardduty finding " + TestFinding.ARN + " has no severity");
    }

    @Test
    void notAFindingObjectIsRefused() {
        assertThatThrownBy(() -> TestFinding.normalize("{\"arn\": "))
                .isInstanceOf(BadRecordException.class).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> TestFinding.normalize("[1]"))
                .isInstanceOf(BadRecordException.class)
                .hasMessage("expected a GuardDuty finding (a JSON object), got array");
    }

    @Test
    void aHugeAdditionalInfoIsBounded() throws BadRecordException {
        ObjectNode finding = TestFinding.minimal();
        ObjectNode info = ((ObjectNode) finding.get("service")).putObject("additionalInfo");
        for (int i = 0; i < 2_000; i++) {
            info.put("key" + i, "v".repeat(100));
        }
        Document event = TestFinding.event(finding);
        String details = text(event, "finding.details");
        assertThat(details).hasSizeLessThan(BoundedJson.MAX_CHARS + 100)
                .endsWith("...[truncated: " + info.toString().length() + " characters in all]");
        assertThat(node(event, "finding.details_flat")).isNull();
        assertThat(text(event, "finding.type")).isEqualTo("Recon:EC2/PortProbeUnprotectedPort");
    }

    @Test
    void hostileStringsStayValuesAndNeverReachTypedFields() throws BadRecordException {
        String hostile = "<script>alert(1)</script>\"\\\u0000\n\u202e\uD83D\uDCA3 ${jndi:ldap://x/a}";
        ObjectNode finding = TestFinding.withAction("""
                {"actionType":"NETWORK_CONNECTION","networkConnectionAction":{
                  "connectionDirection":"INBOUND","localPortDetails":{"port":"22"},"remotePortDetails":{"port":99999},
                  "remoteIpDetails":{"ipAddressV4":"198.51.100.7; DROP TABLE findings",
                    "geoLocation":{"lat":"51.5","lon":-0.1},"organization":{"asn":"AS16509"}}}}
                """);
        finding.withObject("/service/action/networkConnectionAction/remoteIpDetails/organization").put("asnOrg", hostile);
        finding.put("title", hostile).put("type", hostile);
        finding.withObject("/resource/instanceDetails").put("instanceId", hostile);
        Document event = TestFinding.event(finding);
        assertThat(text(event, "finding.title")).isEqualTo(hostile);
        assertThat(text(event, "finding.type")).isEqualTo(hostile);
        assertThat(texts(event, "resource.id")).containsExactly(hostile);
        assertThat(text(event, "threat.indicator.as.organization.name")).isEqualTo(hostile);
        assertThat(node(event, "threat.indicator.ip")).isNull();
        assertThat(node(event, "threat.indicator.port")).isNull();
        assertThat(node(event, "threat.indicator.as.number")).isNull();
        assertThat(node(event, "threat.indicator.geo")).isNull();
        assertThat(node(event, "destination.port")).isNull();
        assertThat(text(event, "network.direction")).isEqualTo("inbound");
    }

    @Test
    void anOverlongArnIsRefused() {
        ObjectNode finding = TestFinding.minimal().put("arn", TestFinding.ARN + "x".repeat(FindingUpdate.MAX_ID_CHARS));
        assertThatThrownBy(() -> TestFinding.normalize(finding))
                .isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("GuardDuty finding arn of " + finding.get("arn").asText().length()
                        + " characters is longer than 2048");
    }

    @Test
    void anAdditionalInfoThatIsNotAnObjectIsKeptAsItsValue() throws BadRecordException {
        ObjectNode finding = TestFinding.minimal();
        ((ObjectNode) finding.get("service")).put("additionalInfo", "free text");
        assertThat(text(TestFinding.event(finding), "finding.details")).isEqualTo("{\"value\":\"free text\"}");
    }

    // --- helpers ---

    private static IngestedFindings ingest(String file) throws IOException {
        return IngestedFindings.of(GuardDutyDataset.create(), SharedFixtures.bytes("guardduty/" + file), file);
    }

    private static IngestedFindings ingestText(String input) throws IOException {
        return IngestedFindings.of(GuardDutyDataset.create(), input.getBytes(StandardCharsets.UTF_8), "test-input");
    }

    /** The finding events, after checking nothing went wrong. */
    private static List<Document> events(IngestedFindings ingested) {
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        return ingested.events();
    }

    private static void assertIdentity(IngestedFindings ingested, String arn, String updatedAt, long epochMillis) {
        Document event = ingested.events().get(0);
        Document state = ingested.states().get(0);
        assertThat(event.dataset()).isEqualTo("guardduty");
        assertThat(event.id()).isEqualTo(DocumentId.hash("guardduty", arn, Long.toString(epochMillis)));
        assertThat(event.timestamp()).isEqualTo(Instant.parse(updatedAt));
        assertThat(event.version()).isNull();
        assertThat(state.dataset()).isEqualTo(FindingsIndex.STATE_DATASET);
        assertThat(state.id()).isEqualTo(DocumentId.hash("guardduty", arn));
        assertThat(state.version()).isEqualTo(epochMillis);
        assertThat(state.source()).isEqualTo(event.source());
        assertThat(text(event, "finding.id")).isEqualTo(arn);
        assertThat(text(event, "finding.source")).isEqualTo("guardduty");
        assertThat(text(event, "finding.reported_by")).isEqualTo("guardduty");
        assertThat(text(event, "finding.updated_at")).isEqualTo(updatedAt);
        assertThat(text(event, "@timestamp")).isEqualTo(updatedAt);
        assertThat(text(event, "event.dataset")).isEqualTo("aws.guardduty");
    }

    private static void assertSeverity(Document event, double score, String severity, String label) {
        assertThat(node(event, "finding.score").doubleValue()).isEqualTo(score);
        assertThat(text(event, "finding.severity")).isEqualTo(severity);
        assertThat(text(event, "finding.severity_label")).isEqualTo(label);
    }

    private static void assertResources(Document event, List<String> types, List<String> ids) {
        assertThat(texts(event, "resource.type")).containsExactlyElementsOf(types);
        assertThat(texts(event, "resource.id")).containsExactlyElementsOf(ids);
        assertThat(texts(event, "vigil.resource.id")).containsExactlyElementsOf(ids);
    }

    private static void assertIndicator(Document event, String ip, double lat, double lon, String country, String city,
                                        Long asNumber, String organization) {
        assertThat(text(event, "threat.indicator.ip")).isEqualTo(ip);
        assertThat(node(event, "threat.indicator.geo.location.lat").doubleValue()).isEqualTo(lat);
        assertThat(node(event, "threat.indicator.geo.location.lon").doubleValue()).isEqualTo(lon);
        assertThat(text(event, "threat.indicator.geo.country_name")).isEqualTo(country);
        assertThat(node(event, "threat.indicator.geo.country_iso_code")).isNull();
        assertThat(text(event, "threat.indicator.geo.city_name")).isEqualTo(city);
        if (asNumber == null) {
            assertThat(node(event, "threat.indicator.as.number")).isNull();
        } else {
            assertThat(node(event, "threat.indicator.as.number").longValue()).isEqualTo(asNumber);
        }
        assertThat(text(event, "threat.indicator.as.organization.name")).isEqualTo(organization);
    }

    private static void assertDetails(Document event, String expectedJson) {
        assertThat(TestFinding.parse(text(event, "finding.details"))).isEqualTo(TestFinding.parse(expectedJson));
        assertThat(node(event, "finding.details_flat")).isEqualTo(TestFinding.parse(expectedJson));
    }

    private static ObjectNode withoutDetails(Document document) {
        ObjectNode body = document.source().deepCopy();
        ((ObjectNode) body.get("finding")).remove(List.of("details", "details_flat"));
        return body;
    }

    /** The finding as GetFindings writes it: every key with its first letter upper-cased. */
    static JsonNode pascalCase(JsonNode node) {
        if (node.isObject()) {
            ObjectNode renamed = TestFinding.JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                renamed.set(Character.toUpperCase(key.charAt(0)) + key.substring(1), pascalCase(field.getValue()));
            }
            return renamed;
        }
        if (node.isArray()) {
            var renamed = TestFinding.JSON.createArrayNode();
            node.forEach(element -> renamed.add(pascalCase(element)));
            return renamed;
        }
        return node;
    }
}
