package io.vigil.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdTest {

    @Test
    void sameParts_sameId_andPartBoundariesMatter() {
        assertThat(DocumentId.hash("guardduty", "abc", "1700000000000"))
                .isEqualTo(DocumentId.hash("guardduty", "abc", "1700000000000"))
                .hasSize(27)
                .matches("[A-Za-z0-9_-]+");
        assertThat(DocumentId.hash("ab", "c")).isNotEqualTo(DocumentId.hash("a", "bc"));
    }
}
