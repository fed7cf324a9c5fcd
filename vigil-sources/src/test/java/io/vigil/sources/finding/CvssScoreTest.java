package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.json.JsonFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvssScoreTest {

    @Test
    void theNvdScoreOfTheNewestCvssVersion() {
        List<CvssScore> scores = List.of(new CvssScore(6.5, "3.0", "REDHAT_CVE"), new CvssScore(5.8, "2.0", "NVD"),
                new CvssScore(8.1, "3.1", "NVD"), new CvssScore(7.0, "3.1", "NVD"), new CvssScore(6.0, "3.0", "NVD"));

        assertThat(CvssScore.preferred(scores)).contains(new CvssScore(8.1, "3.1", "NVD"));
    }

    @Test
    void withoutAnNvdScoreTheFirst() {
        assertThat(CvssScore.preferred(List.of(new CvssScore(4.3, "3.1", "GHSA"), new CvssScore(5.0, "3.1", "UBUNTU_CVE"))))
                .contains(new CvssScore(4.3, "3.1", "GHSA"));
        assertThat(CvssScore.preferred(List.of())).isEmpty();
    }

    @Test
    void anNvdVersionThatIsNoNumberRanksBelowAnyOther() {
        assertThat(CvssScore.preferred(List.of(new CvssScore(9.0, "v4-beta", "NVD"), new CvssScore(5.0, "2.0", "NVD"))))
                .contains(new CvssScore(5.0, "2.0", "NVD"));
    }

    @Test
    void theEntriesWithABaseScoreOnTheScaleAreListedInInspectorsOrSecurityHubsCase() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonFields> inspector = JsonFields.of(json.readTree("""
                {"cvss": [{"baseScore": 5.5, "version": "3.1", "source": "NVD"}, {"baseScore": 11, "source": "NVD"},
                          {"baseScore": "7.0", "source": "NVD"}, {"version": "2.0"}, {"baseScore": 4.0}]}""")).elements("cvss");
        List<JsonFields> asff = JsonFields.eitherFirstLetterCase(json.readTree("""
                {"Cvss": [{"BaseScore": 5.5, "Version": "3.1", "Source": "NVD"}]}""")).elements("Cvss");

        assertThat(CvssScore.listed(inspector))
                .containsExactly(new CvssScore(5.5, "3.1", "NVD"), new CvssScore(4.0, null, null));
        assertThat(CvssScore.listed(asff)).containsExactly(new CvssScore(5.5, "3.1", "NVD"));
    }

    @Test
    void onlyValuesOnTheScaleAreScores() {
        assertThat(CvssScore.onScale(0.0)).isEqualTo(0.0);
        assertThat(CvssScore.onScale(10.0)).isEqualTo(10.0);
        assertThat(CvssScore.onScale(10.1)).isNull();
        assertThat(CvssScore.onScale(-0.1)).isNull();
        assertThat(CvssScore.onScale(null)).isNull();
    }
}
