package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.IngestedFindings;
import io.vigil.sources.json.BoundedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input through the whole dataset, decoder and normalizer: reported with its reason, never a crash. */
class SecurityHubDatasetTest {

    private static IngestedFindings ingest(String text) throws IOException {
        return IngestedFindings.of(SecurityHubDataset.create(), text.getBytes(StandardCharsets.UTF_8), "in.json");
    }

    @Test
    void theDatasetWritesFindingEvents() {
        assertThat(SecurityHubDataset.create().name()).isEqualTo("securityhub");
        assertThat(SecurityHubDataset.create().index()).isEqualTo(FindingsIndex.EVENTS);
    }

    @Test
    void invalidJsonIsReportedWithWhereItStopped() throws IOException {
        IngestedFindings ingested = ingest("{\"Findings\": [" + AsffSample.finding() + ",\n {\"Id\": }]}");

        assertThat(ingested.events()).hasSize(1);
        assertThat(ingested.malformed).singleElement()
                .satisfies(m -> assertThat(m.reason()).startsWith("invalid JSON at line 2"));
        assertThatThrownBy(() -> AsffSample.normalize("{\"Id\": ")).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> AsffSample.normalize("42")).isInstanceOf(BadRecordException.class)
                .hasMessage("expected an ASFF finding (a JSON object), got number");
    }

    @Test
    void emptyDocumentsGiveNoFindingAndAnEmptyObjectSaysWhatItLacks() throws IOException {
        for (String empty : new String[] {"{\"Findings\":[]}", "{\"findings\":[]}", "[]"}) {
            IngestedFindings ingested = ingest(empty);
            assertThat(ingested.documents).as(empty).isEmpty();
            assertThat(ingested.malformed).as(empty).isEmpty();
            assertThat(ingested.badRecords).as(empty).isEmpty();
        }
        assertThat(ingest("{}").badRecords).containsExactly(
                "in.json record 1: an empty JSON object ({}) holds no Security Hub finding");
        assertThat(ingest("{\"Title\":\"x\"}").badRecords).containsExactly("in.json record 1: ASFF finding without Id "
                + "and ProductArn: not a Security Hub finding, or one that cannot be told apart from others");
    }

    @Test
    void aMissingAccountIsAcceptedAndMarked() throws IOException {
        ObjectNode finding = AsffSample.finding();
        finding.remove("AwsAccountId");
        Document doc = ingest(finding.toString()).single();

        assertThat(node(doc, "cloud.account")).isNull();
        assertThat(Fields.texts(doc.source(), "finding.missing")).contains("cloud.account.id");
        assertThat(text(doc, "finding.status")).isEqualTo("open");
    }

    @Test
    void aMissingOrUnreadableUpdateTimeIsADeadLetter() throws IOException {
        ObjectNode missing = AsffSample.finding();
        missing.remove("UpdatedAt");

        assertThat(ingest(missing.toString()).badRecords).containsExactly("in.json record 1: ASFF finding '"
                + AsffSample.PRODUCT + "|finding-1' has no UpdatedAt: its updates cannot be put in order"
                + " (every ASFF finding has one)");
        assertThat(ingest(AsffSample.finding().put("UpdatedAt", "yesterday").toString()).badRecords).singleElement()
                .asString().contains("UpdatedAt 'yesterday' is not an ISO-8601 date-time");
        assertThat(ingest(AsffSample.finding().put("UpdatedAt", "2200-01-01T00:00:00Z").toString()).badRecords)
                .singleElement().asString().contains("outside 1970-2199");
    }

    @Test
    void anUnreadableSeenTimeIsLeftOutAndMarked() throws IOException {
        ObjectNode finding = AsffSample.finding().put("FirstObservedAt", "soon").put("CreatedAt", "later")
                .put("LastObservedAt", "2200-01-17T11:21:23.000Z");
        Document doc = ingest(finding.toString()).single();

        assertThat(node(doc, "finding.first_seen")).isNull();
        assertThat(node(doc, "finding.last_seen")).isNull();
        assertThat(Fields.texts(doc.source(), "finding.missing")).containsExactly("finding.first_seen", "finding.last_seen");
        ObjectNode fallback = AsffSample.finding().put("FirstObservedAt", "soon");
        assertThat(text(ingest(fallback.toString()).single(), "finding.first_seen")).as("CreatedAt")
                .isEqualTo("2026-11-02T08:00:00Z");
    }

    @Test
    void anUnreadableSeenTimeAndAMissingAccountAreBothMarked() throws IOException {
        ObjectNode finding = AsffSample.finding().put("LastObservedAt", "never");
        finding.remove("AwsAccountId");
        Document doc = ingest(finding.toString()).single();

        assertThat(Fields.texts(doc.source(), "finding.missing")).containsExactly("finding.last_seen", "cloud.account.id");
    }

    @Test
    void hugeDetailsAreKeptBounded() throws IOException {
        ObjectNode finding = AsffSample.finding();
        ObjectNode details = ((ObjectNode) finding.get("Resources").get(0)).putObject("Details").putObject("Other");
        for (int i = 0; i < 2_000; i++) {
            details.put("key" + i, "v".repeat(500));
        }
        Document doc = ingest(finding.toString()).single();

        assertThat(text(doc, "finding.details")).hasSizeLessThan(BoundedJson.MAX_CHARS + 100)
                .endsWith("characters in all]");
        assertThat(node(doc, "finding.details_flat")).isNull();
    }

    @Test
    void deeplyNestedDetailsAreKeptAsTextOnly() throws IOException {
        ObjectNode finding = AsffSample.finding();
        ObjectNode level = ((ObjectNode) finding.get("Resources").get(0)).putObject("Details");
        for (int i = 0; i < 200; i++) {
            level = level.putObject("d");
        }
        Document doc = ingest(finding.toString()).single();

        assertThat(text(doc, "finding.details")).contains("{\"d\":{\"d\":");
        assertThat(node(doc, "finding.details_flat")).isNull();
    }

    @Test
    void hostileStringsAreTextAndNothingElse() throws IOException {
        String hostile = "\"}, {\"Id\": \"injected\" <script>alert(1)</script> \u0000\u0007 \u202e ☃ \ud83d\udca5 ${jndi:ldap://x}";
        ObjectNode finding = AsffSample.finding().put("Title", hostile).put("Description", hostile.repeat(1000))
                .put("Id", "id " + hostile).put("AwsAccountId", hostile).put("Region", hostile).put("SourceUrl", hostile);
        ArrayNode types = finding.putArray("Types");
        types.add(hostile);
        finding.putObject("Workflow").put("Status", hostile);
        finding.putObject("ProductFields").put(hostile, hostile);
        IngestedFindings ingested = ingest(finding.toString());
        Document doc = ingested.single();

        assertThat(ingested.states()).hasSize(1);
        assertThat(text(doc, "finding.title")).isEqualTo(hostile);
        assertThat(text(doc, "finding.type")).isEqualTo(hostile);
        assertThat(text(doc, "finding.id")).isEqualTo(AsffSample.PRODUCT + "|id " + hostile);
        assertThat(text(doc, "finding.status")).isEqualTo("open");
        assertThat(text(doc, "finding.workflow_status")).isEqualTo(hostile);
        assertThat(text(doc, "cloud.region")).as("not a region: the product ARN's").isEqualTo("eu-west-1");
        assertThat(text(doc, "finding.details")).contains("<script>");
        assertThat(doc.source().toString()).doesNotContain("\"Id\":\"injected\"");
    }

    @Test
    void aFindingOfUnexpectedShapesIsReadForWhatItHas() throws IOException {
        ObjectNode finding = AsffSample.finding().put("Types", "Effects/Data Exposure").put("Resources", "none")
                .put("Remediation", 5).put("Compliance", "PASSED");
        finding.putArray("ProductFields").add("x");
        finding.putArray("Vulnerabilities").add("CVE-2024-0001").addObject().put("Id", 7);
        Document doc = ingest(finding.toString()).single();

        assertThat(text(doc, "finding.type")).isEqualTo("Effects/Data Exposure");
        assertThat(node(doc, "resource")).isNull();
        assertThat(Fields.texts(doc.source(), "finding.missing")).containsExactly("resource.id");
        assertThat(text(doc, "finding.status")).isEqualTo("open");
        assertThat(text(doc, "vulnerability.id")).isEqualTo("7");
    }
}
