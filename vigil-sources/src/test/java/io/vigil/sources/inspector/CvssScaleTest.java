package io.vigil.sources.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.finding.Severity;
import io.vigil.sources.json.JsonFields;
import org.junit.jupiter.api.Test;

class CvssScaleTest {

    @Test
    void severitiesByTheCvssV3Ranges() {
        assertThat(CvssScale.severity(null)).isEqualTo(Severity.INFO);
        assertThat(CvssScale.severity(0.0)).isEqualTo(Severity.INFO);
        assertThat(CvssScale.severity(0.1)).isEqualTo(Severity.LOW);
        assertThat(CvssScale.severity(3.9)).isEqualTo(Severity.LOW);
        assertThat(CvssScale.severity(4.0)).isEqualTo(Severity.MEDIUM);
        assertThat(CvssScale.severity(6.9)).isEqualTo(Severity.MEDIUM);
        assertThat(CvssScale.severity(7.0)).isEqualTo(Severity.HIGH);
        assertThat(CvssScale.severity(8.9)).isEqualTo(Severity.HIGH);
        assertThat(CvssScale.severity(9.0)).isEqualTo(Severity.CRITICAL);
        assertThat(CvssScale.severity(10.0)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void onlyNumbersOnTheScaleAreScores() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":5.5}")), "s")).isEqualTo(5.5);
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":0}")), "s")).isEqualTo(0.0);
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":10}")), "s")).isEqualTo(10.0);
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":10.1}")), "s")).isNull();
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":-0.5}")), "s")).isNull();
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":\"5.5\"}")), "s")).isNull();
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{\"s\":1e400}")), "s")).isNull();
        assertThat(CvssScale.read(JsonFields.of(json.readTree("{}")), "s")).isNull();
    }
}
