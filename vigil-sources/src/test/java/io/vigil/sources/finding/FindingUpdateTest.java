package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.json.BoundedJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FindingUpdateTest {

    private static FindingUpdate.Builder update() {
        return FindingUpdate.builder(FindingSource.SECURITYHUB, "product|finding-1", "securityhub")
                .updatedAt(Instant.parse("2026-11-02T09:00:00Z"))
                .severity(Severity.HIGH)
                .type("t")
                .title("A title")
                .account("111122223333")
                .region("eu-west-1")
                .resource("Other", "r-1");
    }

    @Test
    void longTextsAreCutWhateverTheSource() throws BadRecordException {
        String longText = "x".repeat(BoundedJson.MAX_CHARS + 10);
        String cut = "x".repeat(BoundedJson.MAX_CHARS) + "...[truncated: " + longText.length() + " characters in all]";

        FindingUpdate update = update().title(longText).description(longText)
                .field("finding.remediation", longText).build();

        assertThat(update.title()).isEqualTo(cut);
        assertThat(update.description()).isEqualTo(cut);
        assertThat(update.fields().at("/finding/remediation").asText()).isEqualTo(cut);
    }

    @Test
    void shortTextsStayAsTheyAre() throws BadRecordException {
        FindingUpdate update = update().description("short").field("user.name", "alice").build();

        assertThat(update.description()).isEqualTo("short");
        assertThat(update.fields().at("/user/name").asText()).isEqualTo("alice");
    }

    @Test
    void unusableFieldsAreMarkedBeforeTheFieldsTheUpdateLacks() throws BadRecordException {
        FindingUpdate update = update().account(null).missing("finding.first_seen").missing("finding.last_seen").build();

        ObjectNode body = FindingDocuments.body(update);

        assertThat(update.missing()).containsExactly("finding.first_seen", "finding.last_seen");
        assertThat(Fields.texts(body, "finding.missing"))
                .containsExactly("finding.first_seen", "finding.last_seen", "cloud.account.id");
    }

    @Test
    void nothingMissingNoMark() throws BadRecordException {
        assertThat(Fields.get(FindingDocuments.body(update().build()), "finding.missing")).isNull();
    }
}
