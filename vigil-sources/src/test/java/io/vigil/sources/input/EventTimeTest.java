package io.vigil.sources.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.pipeline.BadRecordException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTimeTest {

    @Test
    void cloudTrailsOwnFormIsReadByPositionAndAgreesWithTheGeneralParser() throws BadRecordException {
        for (String text : new String[] {"2022-11-10T16:24:34Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2199-12-31T23:59:59Z"}) {
            assertThat(EventTime.isCanonical(text)).isTrue();
            assertThat(EventTime.parse(text, "eventTime")).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void otherIsoFormsWithAnOffsetAreAccepted() throws BadRecordException {
        assertThat(EventTime.isCanonical("2022-11-10T16:24:34.5Z")).isFalse();
        assertThat(EventTime.parse("2022-11-10T16:24:34.5Z", "eventTime")).isEqualTo(Instant.parse("2022-11-10T16:24:34.500Z"));
        assertThat(EventTime.parse("2022-11-10T17:24:34+01:00", "eventTime")).isEqualTo(Instant.parse("2022-11-10T16:24:34Z"));
    }

    @Test
    void impossibleOrMissingTimesAreBadRecords() {
        for (String text : new String[] {"2023-02-29T00:00:00Z", "2022-13-01T00:00:00Z", "2022-11-10T24:00:00Z",
                "2022-11-10T16:60:00Z", "2022-11-10 16:24:34Z", "2022-11-10T16:24:34", "１９７０-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> EventTime.parse(text, "eventTime")).as(text).isInstanceOf(BadRecordException.class)
                    .hasMessageContaining("is not an ISO-8601 date-time");
        }
        assertThatThrownBy(() -> EventTime.parse("1969-12-31T23:59:59Z", "eventTime")).hasMessage("eventTime 1969-12-31T23:59:59Z is outside 1970-2199");
    }
}
