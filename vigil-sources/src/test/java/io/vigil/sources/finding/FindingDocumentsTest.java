package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingDocumentsTest {

    private static final String ARN = "arn:aws:inspector2:eu-west-1:111122223333:finding/0a1b2c";
    private static final Instant FIRST = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-08T08:00:00.250Z");
    private static final SourceLocation WHERE = SourceLocation.whole("findings.json");

    private static FindingUpdate update(FindingStatus status, String why, Instant updatedAt) throws BadRecordException {
        return FindingUpdate.builder(FindingSource.INSPECTOR, ARN, "inspector").updatedAt(updatedAt).firstSeen(FIRST)
                .severity(Severity.HIGH).score(8.1).severityLabel("HIGH").status(status, why).type("PACKAGE_VULNERABILITY")
                .title("CVE-2024-6387 - openssh").account("111122223333").region("eu-west-1")
                .resource("AWS_EC2_INSTANCE", "i-0abc").field("vulnerability.id", "CVE-2024-6387").build();
    }

    private static List<Document> emitted(FindingUpdate update) {
        List<Document> documents = new ArrayList<>();
        FindingDocuments.emit(update, WHERE, documents::add);
        return documents;
    }

    @Test
    void anUpdateIsAnEventAndALatestStateVersionedByItsUpdateTime() throws BadRecordException {
        List<Document> documents = emitted(update(FindingStatus.RESOLVED, "closed", CLOSED));

        assertThat(documents).hasSize(2);
        Document event = documents.get(0);
        Document state = documents.get(1);
        assertThat(event.dataset()).isEqualTo("inspector");
        assertThat(event.id()).isEqualTo(DocumentId.hash("inspector", ARN, "1794124800250"));
        assertThat(event.version()).as("events are written once").isNull();
        assertThat(state.dataset()).isEqualTo(FindingsIndex.STATE_DATASET);
        assertThat(state.id()).isEqualTo(FindingDocuments.stateId(FindingSource.INSPECTOR, ARN));
        assertThat(state.version()).isEqualTo(1794124800250L);
        assertThat(state.source()).isEqualTo(event.source());
        assertThat(Fields.text(state.source(), "finding.status")).isEqualTo("resolved");
        assertThat(Fields.text(state.source(), "finding.resolution")).isEqualTo("closed");
        assertThat(Fields.text(state.source(), "finding.resolved_at")).isEqualTo("2026-11-08T08:00:00.250Z");
        assertThat(Fields.text(state.source(), "finding.severity")).isEqualTo("high");
        assertThat(Fields.texts(state.source(), "vigil.resource.id")).containsExactly("i-0abc");
        assertThat(Fields.text(state.source(), "vulnerability.id")).isEqualTo("CVE-2024-6387");
    }

    @Test
    void anOpenFindingHasNoResolutionAndMissingPartsAreNamed() throws BadRecordException {
        FindingUpdate bare = FindingUpdate.builder(FindingSource.GUARDDUTY, "arn:aws:guardduty:x", "guardduty")
                .updatedAt(FIRST).severity(Severity.LOW).build();
        Document state = emitted(bare).get(1);

        assertThat(Fields.text(state.source(), "finding.status")).isEqualTo("open");
        assertThat(Fields.get(state.source(), "finding.resolved_at")).isNull();
        assertThat(Fields.texts(state.source(), "finding.missing"))
                .containsExactly("cloud.account.id", "cloud.region", "finding.type", "finding.title", "resource.id");
    }

    @Test
    void aFindingNoLongerReportedIsResolvedAsOfItsLastUpdateJustAfterIt() throws BadRecordException {
        Document stored = emitted(update(FindingStatus.OPEN, null, FIRST)).get(1);
        Instant swept = Instant.parse("2027-03-01T00:00:00Z");
        List<Document> documents = new ArrayList<>();

        FindingDocuments.notReported(stored.source(), swept, WHERE, documents::add);

        Document state = documents.get(1);
        assertThat(state.id()).isEqualTo(stored.id());
        assertThat(state.version()).isEqualTo(FIRST.toEpochMilli() + 1);
        assertThat(Fields.text(state.source(), "finding.status")).isEqualTo("resolved");
        assertThat(Fields.text(state.source(), "finding.resolution")).isEqualTo(FindingDocuments.NOT_REPORTED);
        assertThat(Fields.text(state.source(), "finding.resolved_at")).isEqualTo(FIRST.toString());
        assertThat(Fields.text(state.source(), "finding.reconciled_at")).isEqualTo(swept.toString());
        assertThat(documents.get(0).id()).isEqualTo(DocumentId.hash("inspector", ARN,
                Long.toString(FIRST.toEpochMilli() + 1)));
        assertThat(Fields.text(stored.source(), "finding.status")).as("the stored state is not changed").isEqualTo("open");
    }
}
