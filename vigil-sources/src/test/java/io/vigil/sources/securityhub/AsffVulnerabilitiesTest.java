package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

class AsffVulnerabilitiesTest {

    private static Document withVulnerabilities(String json) throws BadRecordException {
        ObjectNode finding = AsffSample.finding();
        finding.set("Vulnerabilities", AsffSample.tree(json));
        return AsffSample.normalize(finding);
    }

    @Test
    void theNvdScoreOfTheNewestCvssVersionIsUsed() throws BadRecordException {
        Document doc = withVulnerabilities("""
                [{"Id": "CVE-2024-0001", "Cvss": [
                  {"Version": "3.1", "BaseScore": 5.0, "Source": "VENDOR"},
                  {"Version": "2.0", "BaseScore": 6.0, "Source": "NVD"},
                  {"Version": "3.1", "BaseScore": 7.0, "Source": "NVD"},
                  {"Version": "3.0", "BaseScore": 8.0, "Source": "NVD"}]}]
                """);

        assertThat(node(doc, "vulnerability.score.base").doubleValue()).isEqualTo(7.0);
        assertThat(text(doc, "vulnerability.score.version")).isEqualTo("3.1");
    }

    @Test
    void withoutAnNvdEntryTheFirstScoredOneIsUsed() throws BadRecordException {
        Document doc = withVulnerabilities("""
                [{"Id": "CVE-2024-0001", "Cvss": [{"Version": "3.1", "BaseScore": 11}, {"Version": "3.0", "BaseScore": 4.2}]}]
                """);

        assertThat(node(doc, "vulnerability.score.base").doubleValue()).isEqualTo(4.2);
        assertThat(text(doc, "vulnerability.score.version")).isEqualTo("3.0");
    }

    @Test
    void packageArraysStayAlignedAndNotAvailableIsNoFixedVersion() throws BadRecordException {
        Document doc = withVulnerabilities("""
                [{"Id": "CVE-2024-0001", "VulnerablePackages": [
                  {"Name": "a", "Version": "1", "FixedInVersion": "NotAvailable", "PackageManager": "NPM"},
                  {"Name": "b", "FixedInVersion": "2.1"}]},
                 {"Id": "CVE-2024-0002"}]
                """);

        assertThat(Fields.texts(doc.source(), "vulnerability.id")).containsExactly("CVE-2024-0001", "CVE-2024-0002");
        assertThat(Fields.texts(doc.source(), "package.name")).containsExactly("a", "b");
        assertThat(node(doc, "package.version")).hasSize(2);
        assertThat(node(doc, "package.version").get(1).isNull()).isTrue();
        assertThat(node(doc, "package.fixed_version").get(0).isNull()).isTrue();
        assertThat(node(doc, "package.fixed_version").get(1).asText()).isEqualTo("2.1");
        assertThat(node(doc, "package.manager").get(1).isNull()).isTrue();
    }

    @Test
    void noVulnerabilitiesNoFields() throws BadRecordException {
        Document doc = AsffSample.normalize(AsffSample.finding());

        assertThat(node(doc, "vulnerability")).isNull();
        assertThat(node(doc, "package")).isNull();
    }
}
