package io.vigil.sources.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.IndexMapping;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.IngestedFindings;
import io.vigil.sources.json.BoundedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Golden tests over every real file in {@code ../shared/fixtures/inspector}, read through the dataset's
 * decoder and normalizer as the pipeline runs them. Each expected value below was read by hand from
 * the input file (ids, times converted from their offsets to UTC by hand, labels, scores, CVSS entries,
 * packages, resources), not produced by running this code.
 */
class InspectorNormalizerTest {

    private static final String ABSENT = null;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MANY = "defectdojo_inspector2_list-findings_many.json";
    private static final String ONE = "defectdojo_inspector2_list-findings_one.json";
    private static final String EVENT = "awsdocs-ecr_eventbridge_Inspector2-Finding.json";
    private static final String SCAN = "awsdocs-ecr_eventbridge_Inspector2-Scan.json";
    private static final String CLASSIC = "awscli_inspector-classic_describe-findings_output.json";
    private static final Set<String> COVERED = Set.of(MANY, ONE, EVENT, SCAN, CLASSIC);

    private static final String FINDING = "arn:aws:inspector2:us-east-1:012345678901:finding/";
    private static final String IMAGE_D667 = "arn:aws:ecr:us-east-1:012345678901:repository/my-awesome-docker-image/"
            + "sha256:d667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802";

    static IngestedFindings ingest(String name) throws IOException {
        return IngestedFindings.of(InspectorDataset.create(), SharedFixtures.bytes("inspector/" + name), name);
    }

    /** Asserts path/value pairs; a {@code null} value means the field must be absent; arrays compare joined by commas. */
    static void expect(Document doc, String... pathsAndValues) {
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String path = pathsAndValues[i];
            JsonNode node = Fields.get(doc.source(), path);
            String actual = node == null ? null : node.isArray() ? join(node) : node.asText();
            softly.assertThat(actual).as(Fields.text(doc.source(), "finding.id") + " " + path)
                    .isEqualTo(pathsAndValues[i + 1]);
        }
        softly.assertAll();
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asText()));
        return String.join(",", values);
    }

    /** The first resource as the finding gave it, kept in {@code finding.details_flat}. */
    private static JsonNode resourceDetail(Document doc) {
        return doc.source().path("finding").path("details_flat").path("resources").path(0);
    }

    @Test
    void everyFixtureFileHasAGoldenTest() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.path("inspector"))) {
            assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
                    .as("a new file in fixtures/inspector needs a golden test here")
                    .isEqualTo(COVERED);
        }
    }

    @Test
    void listFindingsWithOneEcrImageFinding() throws IOException {
        IngestedFindings ingested = ingest(ONE);
        Document event = ingested.single();
        String arn = FINDING + "00031f625ee77ac186869f906eb73366";

        assertThat(event.dataset()).isEqualTo("inspector");
        assertThat(event.id()).isEqualTo(DocumentId.hash("inspector", arn,
                Long.toString(Instant.parse("2024-06-14T02:03:53.051Z").toEpochMilli())));
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2024-06-14T02:03:53.051Z"));
        assertThat(FindingsIndex.EVENTS.indexFor(event.timestamp())).isEqualTo("vigil-finding-events-2024.06");
        assertThat(event.location().toString()).isEqualTo(ONE + " record 1");
        expect(event,
                "@timestamp", "2024-06-14T02:03:53.051Z",
                "event.kind", "alert",
                "event.dataset", "aws.inspector",
                "finding.source", "inspector",
                "finding.id", arn,
                "finding.reported_by", "inspector",
                "finding.type", "PACKAGE_VULNERABILITY",
                "finding.title", "CVE-2021-3744 - linux",
                "finding.description", "A memory leak flaw was found in the Linux kernel in the ccp_run_aes_gcm_cmd() "
                        + "function in drivers/crypto/ccp/ccp-ops.c, which allows attackers to cause a denial of service "
                        + "(memory consumption). This vulnerability is similar with the older CVE-2019-18808.",
                "finding.severity", "medium",
                "finding.severity_label", "MEDIUM",
                "finding.score", "5.5",
                "finding.status", "open",
                "finding.resolution", ABSENT,
                "finding.resolved_at", ABSENT,
                "finding.first_seen", "2024-02-02T15:30:33.045Z",
                "finding.last_seen", "2024-06-14T02:03:53.051Z",
                "finding.updated_at", "2024-06-14T02:03:53.051Z",
                "finding.remediation", "None Provided",
                "finding.missing", ABSENT,
                "cloud.provider", "aws",
                "cloud.account.id", "012345678901",
                "cloud.region", "us-east-1",
                "resource.type", "AWS_ECR_CONTAINER_IMAGE",
                "resource.id", "arn:aws:ecr:us-east-1:012345678901:repository/my-awesome-docker-image/"
                        + "sha256:c667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802",
                "vulnerability.id", "CVE-2021-3744",
                "vulnerability.score.base", "5.5",
                "vulnerability.score.version", "3.1",
                "vulnerability.inspector_score", "5.5",
                "vulnerability.epss", "7.5E-4",
                "vulnerability.fix_available", "YES",
                "vulnerability.exploit_available", "NO",
                "vulnerability.reference", "https://security-tracker.debian.org/tracker/CVE-2021-3744",
                "package.name", "linux",
                "package.version", "4.19.118",
                "package.fixed_version", "0:4.19.232-1",
                "package.manager", "OS");
        assertThat(Fields.text(event.source(), "finding.details")).contains("\"repositoryName\":\"my-awesome-docker-image\"");
        assertThat(resourceDetail(event).path("details").path("awsEcrContainerImage").path("imageTags").get(0).asText())
                .isEqualTo("2.3.0");

        Document state = ingested.states().get(0);
        assertThat(state.dataset()).isEqualTo(FindingsIndex.STATE_DATASET);
        assertThat(state.id()).isEqualTo(FindingDocuments.stateId(FindingSource.INSPECTOR, arn));
        assertThat(state.version()).isEqualTo(Instant.parse("2024-06-14T02:03:53.051Z").toEpochMilli());
        assertThat(state.source()).isEqualTo(event.source());
    }

    @Test
    void listFindingsWithEightFindingsOfEveryStatusAndSeverity() throws IOException {
        IngestedFindings ingested = ingest(MANY);
        assertThat(ingested.malformed).isEmpty();
        assertThat(ingested.badRecords).isEmpty();
        List<Document> events = ingested.events();
        assertThat(events).extracting(d -> Fields.text(d.source(), "finding.id")).containsExactly(
                FINDING + "00037f625ee77ac186869f906eb73366", FINDING + "00222d5d29811496c48d6e3a6f6e2bf7",
                FINDING + "00264176c0e6a64e6465830320e8ccd9", FINDING + "0027f58875add9818da30aaf4d8d69a3",
                FINDING + "00657fce9f7e60372fcfda10e636c2b0", FINDING + "00679d1d8da777d13bdd24b20c403aac",
                FINDING + "0068a17c3e52bcf1bf60921d799fae20", FINDING + "000e155e74c3ccb3b2e13d08a65ccafc");
        assertThat(ingested.states()).hasSize(8);
        assertThat(events).extracting(d -> d.location().toString())
                .containsExactly(MANY + " record 1", MANY + " record 2", MANY + " record 3", MANY + " record 4",
                        MANY + " record 5", MANY + " record 6", MANY + " record 7", MANY + " record 8");
        assertThat(events).allSatisfy(doc -> expect(doc,
                "cloud.account.id", "012345678901",
                "cloud.region", "us-east-1",
                "finding.type", "PACKAGE_VULNERABILITY",
                "finding.remediation", "None Provided"));

        // CLOSED: resolved at its update time
        expect(events.get(0),
                "finding.severity", "medium", "finding.severity_label", "MEDIUM", "finding.score", "5.5",
                "finding.status", "resolved", "finding.resolution", "closed",
                "finding.updated_at", "2024-06-14T02:03:53.051Z",
                "finding.resolved_at", "2024-06-14T02:03:53.051Z",
                "finding.first_seen", "2024-02-02T15:30:33.045Z",
                "finding.last_seen", "2024-06-14T02:03:53.051Z",
                "vulnerability.id", "CVE-2021-3744",
                "vulnerability.score.base", "5.5", "vulnerability.score.version", "3.1",
                "vulnerability.epss", "7.5E-4",
                "resource.type", "AWS_ECR_CONTAINER_IMAGE", "resource.id", IMAGE_D667);
        assertThat(ingested.states().get(0).source().path("finding").path("status").asText()).isEqualTo("resolved");

        // UNTRIAGED without an inspectorScore: info; no CVSS entries; fixedInVersion NotAvailable
        expect(events.get(1),
                "finding.severity", "info", "finding.severity_label", "UNTRIAGED", "finding.score", ABSENT,
                "finding.status", "open",
                "finding.updated_at", "2024-06-26T22:56:32.023Z",
                "finding.first_seen", "2024-06-26T22:56:32.023Z",
                "finding.last_seen", "2024-06-26T22:56:32.023Z",
                "finding.title", "CVE-2024-37021 - linux",
                "vulnerability.id", "CVE-2024-37021",
                "vulnerability.inspector_score", ABSENT,
                "vulnerability.score.base", ABSENT, "vulnerability.score.version", ABSENT,
                "vulnerability.epss", "4.5E-4",
                "vulnerability.fix_available", "NO", "vulnerability.exploit_available", "NO",
                "vulnerability.reference", "https://security-tracker.debian.org/tracker/CVE-2024-37021",
                "package.name", "linux", "package.version", "4.19.118",
                "package.fixed_version", ABSENT, "package.manager", "OS");
        assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2024-06-26T22:56:32.023Z"));

        expect(events.get(2),
                "finding.severity", "high", "finding.severity_label", "HIGH", "finding.score", "7.0",
                "finding.status", "open", "finding.resolved_at", ABSENT,
                "vulnerability.id", "CVE-2021-3640",
                "vulnerability.score.base", "7.0", "vulnerability.score.version", "3.1",
                "vulnerability.inspector_score", "7.0",
                "package.fixed_version", "0:4.19.232-1");

        expect(events.get(3),
                "finding.severity", "info", "finding.severity_label", "UNTRIAGED", "finding.score", ABSENT,
                "finding.first_seen", "2024-03-04T23:56:23.134Z",
                "finding.updated_at", "2024-06-14T02:03:53.051Z",
                "vulnerability.id", "CVE-2021-47013",
                "vulnerability.fix_available", "YES",
                "package.fixed_version", "0:4.19.194-1");

        // two vulnerable packages: one element each, in step
        expect(events.get(4),
                "finding.severity", "medium", "finding.score", "6.5",
                "finding.title", "CVE-2022-29824 - libxml2, libxml2",
                "finding.updated_at", "2024-02-02T15:30:33.045Z",
                "vulnerability.id", "CVE-2022-29824",
                "vulnerability.score.base", "6.5", "vulnerability.score.version", "3.1",
                "vulnerability.epss", "0.0015",
                "package.name", "libxml2,libxml2",
                "package.version", "2.9.4+dfsg1,2.9.4+dfsg1",
                "package.fixed_version", "0:2.9.4+dfsg1-7+deb10u4,0:2.9.4+dfsg1-7+deb10u4",
                "package.manager", "OS,OS");
        assertThat(FindingsIndex.EVENTS.indexFor(events.get(4).timestamp())).isEqualTo("vigil-finding-events-2024.02");

        expect(events.get(5),
                "finding.severity", "high", "finding.score", "7.8",
                "finding.updated_at", "2024-07-31T15:59:32Z",
                "finding.last_seen", "2024-07-31T15:59:32Z",
                "vulnerability.id", "CVE-2023-42753",
                "vulnerability.exploit_available", "YES",
                "vulnerability.score.base", "7.8",
                "package.fixed_version", "0:4.19.304-1",
                "finding.details_flat.exploitabilityDetails.lastKnownExploitAt", "2024-07-30T09:04:56+02:00");

        expect(events.get(6),
                "finding.severity", "medium", "finding.score", "4.7",
                "vulnerability.id", "CVE-2020-27170",
                "vulnerability.exploit_available", "YES",
                "vulnerability.score.base", "4.7", "vulnerability.score.version", "3.1",
                "vulnerability.epss", "4.7E-4");

        // EC2 instance; no inspectorScore and no adjustedCvss: the only (NVD, CVSS 2.0) entry
        expect(events.get(7),
                "finding.severity", "low", "finding.severity_label", "LOW", "finding.score", ABSENT,
                "finding.first_seen", "2023-07-30T09:11:39.233Z",
                "finding.last_seen", "2024-03-19T14:31:08.006Z",
                "finding.updated_at", "2024-03-19T14:31:08.006Z",
                "finding.title", "CVE-2015-8035 - libxml2, libxml2-python",
                "resource.type", "AWS_EC2_INSTANCE", "resource.id", "i-0b22a22eec53b9321",
                "vigil.resource.id", "i-0b22a22eec53b9321",
                "vulnerability.id", "CVE-2015-8035",
                "vulnerability.score.base", "2.6", "vulnerability.score.version", "2.0",
                "vulnerability.inspector_score", ABSENT,
                "vulnerability.epss", "0.0097",
                "vulnerability.reference", "https://nvd.nist.gov/vuln/detail/CVE-2015-8035",
                "package.name", "libxml2,libxml2-python",
                "package.version", "2.9.1,2.9.1",
                "package.fixed_version", "0:2.9.1-6.el7.4,0:2.9.1-6.el7.4",
                "package.manager", "OS,OS");
        assertThat(resourceDetail(events.get(7)).path("details").path("awsEc2Instance").path("imageId").asText())
                .isEqualTo("ami-01234567890abcdef");
        assertThat(resourceDetail(events.get(7)).path("tags").path("Name").asText()).isEqualTo("my-instance");
    }

    @Test
    void eventBridgeInspector2FindingEvent() throws IOException {
        Document event = ingest(EVENT).single();

        // The event's times are written "Dec 3, 2021, 6:02:30 PM", in UTC (the event's own time is 18:02:30Z).
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2021-12-03T18:02:30Z"));
        assertThat(event.location().toString()).isEqualTo(EVENT + " record 1");
        expect(event,
                "finding.id", "arn:aws:inspector2:us-east-2:123456789012:finding/be674aaddd0f75ac632055EXAMPLE",
                "finding.source", "inspector",
                "finding.type", "PACKAGE_VULNERABILITY",
                "finding.title", "CVE-2019-17498 - libssh2",
                "finding.severity", "medium", "finding.severity_label", "MEDIUM", "finding.score", "6.5",
                "finding.status", "open",
                "finding.first_seen", "2021-12-03T18:02:30Z",
                "finding.last_seen", "2021-12-03T18:02:30Z",
                "finding.updated_at", "2021-12-03T18:02:30Z",
                "finding.remediation", "Update all packages in the vulnerable packages section to their latest versions.",
                "cloud.account.id", "123456789012",
                // the resource says "region": "N/A": the region is the finding ARN's
                "cloud.region", "us-east-2",
                "resource.type", "AWS_ECR_CONTAINER_IMAGE",
                "resource.id", "arn:aws:ecr:us-east-2:123456789012:repository/amazon/amazon-ecs-sample/"
                        + "sha256:36c7b282abd0186e01419f2e58743e1bf635808231049bbc9d77EXAMPLE",
                "vulnerability.id", "CVE-2019-17498",
                // adjustedCvss names REDHAT_CVE 3.0, not the NVD entries (5.8 in 2.0, 8.1 in 3.1)
                "vulnerability.score.base", "6.5", "vulnerability.score.version", "3.0",
                "vulnerability.inspector_score", "6.5",
                "vulnerability.epss", ABSENT,
                "vulnerability.fix_available", ABSENT,
                "vulnerability.exploit_available", ABSENT,
                "vulnerability.reference", "https://access.redhat.com/security/cve/CVE-2019-17498",
                "package.name", "libssh2", "package.version", "1.4.3",
                "package.fixed_version", ABSENT, "package.manager", "OS",
                "finding.missing", ABSENT);
        assertThat(FindingsIndex.EVENTS.indexFor(event.timestamp())).isEqualTo("vigil-finding-events-2021.12");
    }

    @Test
    void eventBridgeInspector2ScanEventIsADeadLetterWithItsReason() throws IOException {
        IngestedFindings ingested = ingest(SCAN);

        assertThat(ingested.records).isEmpty();
        assertThat(ingested.documents).isEmpty();
        assertThat(ingested.malformed).singleElement().satisfies(m -> {
            assertThat(m.location().toString()).isEqualTo(SCAN + " record 1");
            assertThat(m.reason()).isEqualTo("the EventBridge event 'Inspector2 Scan' from aws.inspector2 holds no finding");
            assertThat(m.raw()).contains("INITIAL_SCAN_COMPLETE");
        });
    }

    @Test
    void inspectorClassicDescribeFindingsOutputWithTabIndentation() throws IOException {
        Document event = ingest(CLASSIC).single();

        // createdAt and updatedAt are 1458680301.37 epoch seconds: 2016-03-22 20:58:21.37 UTC
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2016-03-22T20:58:21.370Z"));
        assertThat(FindingsIndex.EVENTS.indexFor(event.timestamp())).isEqualTo("vigil-finding-events-2016.03");
        expect(event,
                "finding.source", "inspector",
                "finding.reported_by", "inspector",
                "finding.id", "arn:aws:inspector:us-west-2:123456789012:target/0-0kFIPusq/template/0-4r1V2mAw/run/"
                        + "0-MKkpXXPE/finding/0-HwPnsDm4",
                "finding.title", "No potential security issues found",
                "finding.description", "Amazon Inspector did not find any potential security issues during this assessment.",
                "finding.remediation", "No remediation needed.",
                "finding.severity", "info", "finding.severity_label", "Informational", "finding.score", "0.0",
                "finding.status", "open",
                "finding.first_seen", "2016-03-22T20:58:21.370Z",
                "finding.last_seen", "2016-03-22T20:58:21.370Z",
                "finding.updated_at", "2016-03-22T20:58:21.370Z",
                "cloud.account.id", "123456789012",
                "cloud.region", "us-west-2",
                "finding.type", ABSENT,
                "resource.id", ABSENT,
                // Classic names no finding type, and this finding no agent (instance)
                "finding.missing", "finding.type,resource.id",
                "finding.details_flat.serviceAttributes.rulesPackageArn",
                "arn:aws:inspector:us-west-2:758058086616:rulespackage/0-X1KXtawP",
                "vulnerability.id", ABSENT);
    }

    // ---- bad and unusual input (our own small records) ----

    /** A v2 finding of our own, as the API's JSON protocol writes it (epoch seconds), to be varied per test. */
    private static ObjectNode apiFinding() {
        ObjectNode finding = JSON.createObjectNode()
                .put("findingArn", "arn:aws:inspector2:eu-west-1:111122223333:finding/f1")
                .put("awsAccountId", "111122223333")
                .put("type", "PACKAGE_VULNERABILITY")
                .put("title", "CVE-2026-0001 - openssl")
                .put("severity", "HIGH")
                .put("status", "ACTIVE")
                .put("inspectorScore", 7.5)
                .put("firstObservedAt", 1.7798688E9)
                .put("lastObservedAt", 1.7800416E9)
                .put("updatedAt", 1.7800416125E9);
        ObjectNode resource = finding.putArray("resources").addObject()
                .put("type", "AWS_LAMBDA_FUNCTION")
                .put("id", "arn:aws:lambda:eu-west-1:111122223333:function:orders")
                .put("region", "eu-west-1");
        resource.putObject("details").putObject("awsLambdaFunction").put("functionName", "orders").put("runtime", "PYTHON_3_12");
        finding.putObject("packageVulnerabilityDetails").put("vulnerabilityId", "CVE-2026-0001")
                .putArray("vulnerablePackages").addObject().put("name", "cryptography").put("version", "41.0.0")
                .put("fixedInVersion", "42.0.4").put("packageManager", "PIP");
        return finding;
    }

    private static Document normalize(JsonNode finding) throws BadRecordException {
        return normalize(finding.toString()).get(0);
    }

    private static List<Document> normalize(String text) throws BadRecordException {
        List<Document> out = new ArrayList<>();
        new InspectorNormalizer().normalize(new RawRecord(SourceLocation.whole("test.json").record(1), text), out::add);
        return out;
    }

    private static String refusal(String text) {
        return assertThrows(BadRecordException.class, () -> normalize(text)).getMessage();
    }

    private static IngestedFindings ingestText(String text) throws IOException {
        return IngestedFindings.of(InspectorDataset.create(), text.getBytes(StandardCharsets.UTF_8), "in.json");
    }

    @Test
    void apiFindingWithEpochSecondsAndALambdaFunction() throws BadRecordException {
        List<Document> docs = normalize(apiFinding().toString());

        assertThat(docs).hasSize(2);
        expect(docs.get(0),
                "finding.updated_at", "2026-05-29T08:00:12.500Z",
                "finding.first_seen", "2026-05-27T08:00:00Z",
                "finding.last_seen", "2026-05-29T08:00:00Z",
                "finding.severity", "high",
                "cloud.region", "eu-west-1",
                "resource.type", "AWS_LAMBDA_FUNCTION",
                "resource.id", "arn:aws:lambda:eu-west-1:111122223333:function:orders",
                "package.name", "cryptography", "package.version", "41.0.0",
                "package.fixed_version", "42.0.4", "package.manager", "PIP",
                "vulnerability.score.base", ABSENT);
        assertThat(docs.get(1).version()).isEqualTo(Instant.parse("2026-05-29T08:00:12.500Z").toEpochMilli());
    }

    @Test
    void theSameUpdateInEpochSecondsAndInIsoFormIsOneDocument() throws BadRecordException {
        ObjectNode iso = apiFinding().put("updatedAt", "2026-05-29T10:00:12.500+02:00");

        assertThat(normalize(iso).id()).isEqualTo(normalize(apiFinding()).id());
    }

    @Test
    void suppressedAndClosedFindings() throws BadRecordException {
        expect(normalize(apiFinding().put("status", "SUPPRESSED")),
                "finding.status", "suppressed", "finding.resolution", "suppressed", "finding.resolved_at", ABSENT);
        expect(normalize(apiFinding().put("status", "CLOSED")),
                "finding.status", "resolved", "finding.resolution", "closed",
                "finding.resolved_at", "2026-05-29T08:00:12.500Z");
    }

    @Test
    void untriagedAndUnknownLabelsAreRankedByTheInspectorScore() throws BadRecordException {
        expect(normalize(apiFinding().put("severity", "UNTRIAGED").put("inspectorScore", 9.8)),
                "finding.severity", "critical", "finding.severity_label", "UNTRIAGED", "finding.score", "9.8");
        expect(normalize(apiFinding().put("severity", "UNTRIAGED").put("inspectorScore", 4.0)),
                "finding.severity", "medium");
        expect(normalize(apiFinding().put("severity", "SEVERE").put("inspectorScore", 3.9)),
                "finding.severity", "low", "finding.severity_label", "SEVERE");
        expect(normalize(apiFinding().put("severity", "UNTRIAGED").put("inspectorScore", 99)),
                "finding.severity", "info", "finding.score", ABSENT);
    }

    @Test
    void aFindingOfAnUnknownTypeIsKeptAsGiven() throws BadRecordException {
        ObjectNode finding = apiFinding().put("type", "NETWORK_REACHABILITY");
        finding.remove("packageVulnerabilityDetails");
        finding.putObject("networkReachabilityDetails").put("protocol", "TCP")
                .putObject("openPortRange").put("begin", 22).put("end", 22);

        Document doc = normalize(finding.put("type", "SOMETHING_NEW"));
        expect(doc, "finding.type", "SOMETHING_NEW", "vulnerability.id", ABSENT, "package.name", ABSENT,
                "finding.details_flat.networkReachabilityDetails.openPortRange.begin", "22");
    }

    @Test
    void invalidJsonIsRefusedWithWhereItBroke() throws IOException {
        assertThat(refusal("{\"findingArn\": \"a\", ")).startsWith("invalid JSON: ");
        assertThat(refusal("{} {}")).startsWith("invalid JSON: ");

        IngestedFindings ingested = ingestText("{\"findings\": [ {\"findingArn\": ");
        assertThat(ingested.documents).isEmpty();
        assertThat(ingested.malformed).singleElement()
                .satisfies(m -> assertThat(m.reason()).startsWith("invalid JSON at line 1, column"));
    }

    @Test
    void emptyDocumentsGiveNoFindingAndAnEmptyObjectIsADeadLetter() throws IOException {
        IngestedFindings emptyObject = ingestText("{}");
        assertThat(emptyObject.documents).isEmpty();
        assertThat(emptyObject.badRecords).containsExactly("in.json record 1: an empty JSON object: not an Inspector "
                + "finding (a v2 finding has findingArn, a Classic one arn)");

        for (String empty : List.of("{\"findings\":[]}", "[]")) {
            IngestedFindings ingested = ingestText(empty);
            assertThat(ingested.records).as(empty).isEmpty();
            assertThat(ingested.malformed).as(empty).isEmpty();
            assertThat(ingested.documents).as(empty).isEmpty();
        }
    }

    @Test
    void whatIsNoInspectorFindingIsRefusedWithWhatItIs() {
        assertThat(refusal("[1]")).isEqualTo("a JSON array where an Inspector finding object was expected");
        assertThat(refusal("\"text\"")).isEqualTo("a JSON string where an Inspector finding object was expected");
        assertThat(refusal("{\"schemaVersion\":\"2.0\",\"accountId\":\"1\",\"arn\":\"arn:aws:guardduty:us-east-1:1:detector/d/finding/f\","
                + "\"service\":{}}")).isEqualTo("not an Inspector finding: it has neither findingArn (Inspector v2) nor an "
                + "Inspector arn with serviceAttributes or assetAttributes (Inspector Classic); its fields: 'schemaVersion', "
                + "'accountId', 'arn', 'service'");
        assertThat(refusal("{\"detail-type\":\"Inspector2 Scan\",\"source\":\"aws.inspector2\",\"detail\":{}}"))
                .isEqualTo("the EventBridge event 'Inspector2 Scan' holds no Inspector finding");
    }

    @Test
    void aFindingWithoutIdUpdateTimeOrKnownStatusIsRefused() {
        ObjectNode noArn = apiFinding();
        noArn.put("findingArn", " ");
        assertThat(refusal(noArn.toString())).isEqualTo("Inspector finding without findingArn: it cannot be told apart from others");

        ObjectNode noUpdate = apiFinding();
        noUpdate.remove("updatedAt");
        assertThat(refusal(noUpdate.toString())).isEqualTo("Inspector finding arn:aws:inspector2:eu-west-1:111122223333:finding/f1 "
                + "has no updatedAt: its updates cannot be put in order (every Inspector finding has one)");

        assertThat(refusal(apiFinding().put("status", "REMEDIATED").toString()))
                .endsWith("has status 'REMEDIATED': expected ACTIVE, SUPPRESSED or CLOSED");
        ObjectNode noStatus = apiFinding();
        noStatus.remove("status");
        assertThat(refusal(noStatus.toString())).endsWith("has no status: expected ACTIVE, SUPPRESSED or CLOSED");
    }

    @Test
    void unreadableTimesAreRefusedNamingTheField() {
        assertThat(refusal(apiFinding().put("updatedAt", "yesterday").toString()))
                .isEqualTo("updatedAt 'yesterday' is not a time Inspector writes (epoch seconds, ISO-8601 or "
                        + "'Dec 3, 2021, 6:02:30 PM')");
        assertThat(refusal(apiFinding().put("lastObservedAt", 1.0E12).toString())).startsWith("lastObservedAt ")
                .endsWith(" is outside 1970-2199");
        assertThat(refusal(apiFinding().put("updatedAt", true).toString()))
                .startsWith("updatedAt is 'true': not a time");
    }

    @Test
    void aMissingAccountIsAcceptedAndMarked() throws BadRecordException {
        ObjectNode finding = apiFinding();
        finding.remove("awsAccountId");

        Document doc = normalize(finding);
        expect(doc, "cloud.account.id", ABSENT, "finding.missing", "cloud.account.id", "cloud.region", "eu-west-1");
    }

    @Test
    void oversizedFieldsAreCutAndAnOversizedIdIsRefused() throws Exception {
        String longText = "x".repeat(1_000_000);
        ObjectNode finding = apiFinding().put("description", longText);
        ObjectNode tags = ((ObjectNode) finding.get("resources").get(0)).putObject("tags");
        for (int i = 0; i < 2_000; i++) {
            tags.put("tag-" + i, "v".repeat(100));
        }
        finding.putObject("remediation").putObject("recommendation").put("text", longText);

        Document doc = normalize(finding);
        String description = Fields.text(doc.source(), "finding.description");
        assertThat(description).hasSize(BoundedJson.MAX_CHARS + "...[truncated: 1000000 characters in all]".length())
                .endsWith("...[truncated: 1000000 characters in all]");
        assertThat(Fields.text(doc.source(), "finding.remediation")).isEqualTo(description);
        assertThat(Fields.text(doc.source(), "finding.details")).contains("...[truncated: ");
        assertThat(Fields.get(doc.source(), "finding.details_flat")).isNull();
        assertThat(JSON.writeValueAsBytes(doc.source()).length).isLessThan(200_000);

        String arn = "arn:aws:inspector2:eu-west-1:111122223333:finding/" + "f".repeat(5_000);
        assertThat(refusal(apiFinding().put("findingArn", arn).toString()))
                .startsWith("Inspector finding findingArn of 5050 characters is longer than 2048");
    }

    @Test
    void hostileStringsAreKeptAsTextAndStillSerialize() throws Exception {
        String hostile = "<script>alert(1)</script>\u0000\r\nFAKE LOG LINE \u202egnp.exe ${jndi:ldap://x/a} '; DROP TABLE x; -- \uD83D\uDE00";
        ObjectNode finding = apiFinding().put("title", hostile).put("awsAccountId", hostile);
        ((ObjectNode) finding.get("resources").get(0)).putObject("tags").put("a.b", hostile).put("", "empty key");

        Document doc = normalize(finding);
        expect(doc, "finding.title", hostile, "cloud.account.id", hostile);
        JsonNode roundTrip = JSON.readTree(JSON.writeValueAsBytes(doc.source()));
        assertThat(roundTrip).isEqualTo(doc.source());

        // a lone surrogate, as a JSON escape can write it, does not break the record
        String lone = "{\"findingArn\":\"arn:aws:inspector2:eu-west-1:111122223333:finding/f2\",\"title\":\"bad \\ud800 half\","
                + "\"severity\":\"LOW\",\"status\":\"ACTIVE\",\"updatedAt\":1780041612}";
        Document loneDoc = normalize(lone).get(0);
        assertThat(new String(JSON.writeValueAsBytes(loneDoc.source()), StandardCharsets.UTF_8)).contains("finding/f2");
    }

    @Test
    void deeplyNestedInputIsRefusedNotACrash() {
        String deep = "{\"findingArn\":\"a\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThat(refusal(deep)).startsWith("invalid JSON: ");
    }

    @Test
    void unusableScoresAreLeftOut() throws BadRecordException {
        Document doc = normalize(apiFinding().put("inspectorScore", -1).put("severity", "MEDIUM"));
        expect(doc, "finding.score", ABSENT, "vulnerability.inspector_score", ABSENT, "finding.severity", "medium");
        assertThat(refusal(apiFinding().put("updatedAt", new java.math.BigDecimal("1e400")).toString()))
                .endsWith("is outside 1970-2199");
    }

    @Test
    void everyWrittenFieldIsMapped() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String name : List.of(MANY, ONE, EVENT, CLASSIC)) {
            documents.addAll(ingest(name).documents);
        }
        IndexMapping.of(FindingsIndex.EVENTS).assertMapsEveryField(documents);
    }
}
