package io.vigil.sources.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

class JsonRecordTest {

    private static final String EXPECTED = "a GuardDuty finding";
    private static final String KIND = "GuardDuty finding";

    @Test
    void anObjectIsRead() throws BadRecordException {
        assertThat(JsonRecord.object("{\"id\":\"x\"}", EXPECTED, KIND).path("id").asText()).isEqualTo("x");
    }

    @Test
    void anythingElseIsRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> JsonRecord.object("{\"id\": ", EXPECTED, KIND)).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> JsonRecord.object("[1]", EXPECTED, KIND))
                .hasMessage("expected a GuardDuty finding (a JSON object), got array");
        assertThatThrownBy(() -> JsonRecord.object("42", EXPECTED, KIND))
                .hasMessage("expected a GuardDuty finding (a JSON object), got number");
        assertThatThrownBy(() -> JsonRecord.object("{}", EXPECTED, KIND))
                .hasMessage("an empty JSON object ({}) holds no GuardDuty finding");
    }
}
