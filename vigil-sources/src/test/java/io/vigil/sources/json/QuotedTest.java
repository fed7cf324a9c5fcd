package io.vigil.sources.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {

    @Test
    void shortValuesAreQuotedWhole() {
        assertThat(Quoted.of("REMEDIATED")).isEqualTo("'REMEDIATED'");
        assertThat(Quoted.of("")).isEqualTo("''");
    }

    @Test
    void longValuesAreCut() {
        assertThat(Quoted.of("x".repeat(129))).isEqualTo("'" + "x".repeat(128) + "...'");
        assertThat(Quoted.of("x".repeat(128))).isEqualTo("'" + "x".repeat(128) + "'");
    }
}
