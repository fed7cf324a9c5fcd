package io.vigil.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private final SourceLocation line7 = SourceLocation.whole("s3://bucket/key.json.gz").line(7);

    @Test
    void theSameBadRecordReadTwiceIsOneDeadLetter() {
        assertThat(DeadLetter.unreadable("ecs", line7, "x", "bad", Instant.EPOCH).id())
                .isEqualTo(DeadLetter.unreadable("ecs", line7, "x", "other reason", Instant.now()).id());
    }

    @Test
    void twoRefusedDocumentsOfOneRecordAreTwoDeadLetters() {
        assertThat(DeadLetter.refused("ecs", line7, "doc-a", "{}", "mapping", Instant.EPOCH).id())
                .isNotEqualTo(DeadLetter.refused("ecs", line7, "doc-b", "{}", "mapping", Instant.EPOCH).id())
                .isNotEqualTo(DeadLetter.unreadable("ecs", line7, "{}", "mapping", Instant.EPOCH).id());
    }

    @Test
    void rawTextIsBoundedAndTheCutIsRecorded() {
        DeadLetter letter = DeadLetter.unreadable("ecs", line7, "z".repeat(DeadLetter.MAX_RAW_CHARS + 10), "huge", Instant.EPOCH);
        assertThat(letter.raw()).hasSizeLessThan(DeadLetter.MAX_RAW_CHARS + 100)
                .endsWith("[truncated: " + (DeadLetter.MAX_RAW_CHARS + 10) + " characters in all]");
    }
}
