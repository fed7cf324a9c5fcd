package io.vigil.sources.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.json.JsonFields;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InspectorTimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Instant read(String json) throws Exception {
        return InspectorTime.optional(JsonFields.of(JSON.readTree("{\"updatedAt\":" + json + "}")), "updatedAt");
    }

    @Test
    void epochSecondsWithAFractionAsTheServicesJsonProtocolsWriteThem() throws Exception {
        assertThat(read("1458680301.37")).isEqualTo(Instant.parse("2016-03-22T20:58:21.370Z"));
        assertThat(read("1780041600")).isEqualTo(Instant.parse("2026-05-29T08:00:00Z"));
        assertThat(read("1.780041612E9")).isEqualTo(Instant.parse("2026-05-29T08:00:12Z"));
    }

    @Test
    void isoDateTimesWithAnOffset() throws Exception {
        assertThat(read("\"2024-06-14T04:03:53.051000+02:00\"")).isEqualTo(Instant.parse("2024-06-14T02:03:53.051Z"));
        assertThat(read("\"2024-07-31T17:59:32+02:00\"")).isEqualTo(Instant.parse("2024-07-31T15:59:32Z"));
    }

    @Test
    void eventBridgeTimesAreUtc() throws Exception {
        assertThat(read("\"Dec 3, 2021, 6:02:30 PM\"")).isEqualTo(Instant.parse("2021-12-03T18:02:30Z"));
        assertThat(read("\"Oct 14, 2023, 1:01:52 AM\"")).isEqualTo(Instant.parse("2023-10-14T01:01:52Z"));
        assertThat(read("\"Jan 1, 2024, 12:00:00 AM\"")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(read("\"Dec 3, 2021, 6:02:30\u202fPM\"")).isEqualTo(Instant.parse("2021-12-03T18:02:30Z"));
    }

    @Test
    void absentOrNullIsNoTime() throws Exception {
        assertThat(read("null")).isNull();
        assertThat(InspectorTime.optional(JsonFields.of(JSON.readTree("{}")), "updatedAt")).isNull();
    }

    @Test
    void otherValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> read("\"13/12/2021\"")).isInstanceOf(BadRecordException.class)
                .hasMessage("updatedAt '13/12/2021' is not an ISO-8601 date-time with offset (e.g. 2026-11-27T10:15:30Z)");
        assertThatThrownBy(() -> read("\"Dec 32, 2021, 6:02:30 PM\"")).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("updatedAt 'Dec 32, 2021, 6:02:30 PM' is not a time Inspector writes");
        assertThatThrownBy(() -> read("\"\"")).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("updatedAt is '\"\"': not a time");
        assertThatThrownBy(() -> read("{}")).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("updatedAt is '{}': not a time");
        assertThatThrownBy(() -> read("-5")).isInstanceOf(BadRecordException.class)
                .hasMessage("updatedAt 1969-12-31T23:59:55Z is outside 1970-2199");
        assertThatThrownBy(() -> read("1" + "0".repeat(40))).isInstanceOf(BadRecordException.class)
                .hasMessageEndingWith("is outside 1970-2199");
    }
}
