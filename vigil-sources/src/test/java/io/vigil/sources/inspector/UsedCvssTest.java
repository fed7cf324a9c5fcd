package io.vigil.sources.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.finding.CvssScore;
import io.vigil.sources.json.JsonFields;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsedCvssTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRIES = "\"packageVulnerabilityDetails\":{\"cvss\":["
            + "{\"baseScore\":6.5,\"source\":\"REDHAT_CVE\",\"version\":\"3.0\"},"
            + "{\"baseScore\":5.8,\"source\":\"NVD\",\"version\":\"2.0\"},"
            + "{\"baseScore\":8.1,\"source\":\"NVD\",\"version\":\"3.1\"}]}";

    private static Optional<CvssScore> of(String fields) throws Exception {
        return UsedCvss.of(JsonFields.of(JSON.readTree("{" + fields + "}")));
    }

    @Test
    void theEntryAdjustedCvssNames() throws Exception {
        assertThat(of(ENTRIES + ",\"inspectorScoreDetails\":{\"adjustedCvss\":{\"cvssSource\":\"REDHAT_CVE\","
                + "\"version\":\"3.0\",\"score\":6.5}}")).contains(new CvssScore(6.5, "3.0", "REDHAT_CVE"));
    }

    @Test
    void theBaseScoreBeforeInspectorsAdjustments() throws Exception {
        assertThat(of(ENTRIES + ",\"inspectorScoreDetails\":{\"adjustedCvss\":{\"cvssSource\":\"NVD\","
                + "\"version\":\"3.1\",\"score\":7.2,\"adjustments\":[{\"metric\":\"ATTACK_VECTOR\"}]}}"))
                .contains(new CvssScore(8.1, "3.1", "NVD"));
    }

    @Test
    void adjustedCvssAloneWhenNoEntryMatches() throws Exception {
        assertThat(of("\"inspectorScoreDetails\":{\"adjustedCvss\":{\"cvssSource\":\"GHSA\",\"version\":\"3.1\","
                + "\"score\":9.1}}")).contains(new CvssScore(9.1, "3.1", "GHSA"));
    }

    @Test
    void withoutAdjustedCvssTheNewestNvdEntry() throws Exception {
        assertThat(of(ENTRIES)).contains(new CvssScore(8.1, "3.1", "NVD"));
    }

    @Test
    void withoutNvdTheFirstEntryWithAScore() throws Exception {
        assertThat(of("\"packageVulnerabilityDetails\":{\"cvss\":[{\"source\":\"GHSA\",\"version\":\"3.1\"},"
                + "{\"baseScore\":4.3,\"source\":\"GHSA\",\"version\":\"3.1\"},"
                + "{\"baseScore\":5.0,\"source\":\"UBUNTU_CVE\",\"version\":\"3.1\"}]}"))
                .contains(new CvssScore(4.3, "3.1", "GHSA"));
    }

    @Test
    void noneWithoutEntriesOrWithUnusableScores() throws Exception {
        assertThat(of("\"packageVulnerabilityDetails\":{\"cvss\":[]}")).isEmpty();
        assertThat(of("")).isEmpty();
        assertThat(of("\"packageVulnerabilityDetails\":{\"cvss\":[{\"baseScore\":\"high\",\"source\":\"NVD\"},"
                + "{\"baseScore\":11,\"source\":\"NVD\"}]}")).isEmpty();
    }
}
