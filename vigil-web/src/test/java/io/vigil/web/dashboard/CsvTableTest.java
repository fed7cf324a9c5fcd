package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cellsASpreadsheetWouldTakeForFormulasGetALeadingQuote() {
        assertThat(CsvTable.neutralized("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvTable.neutralized("+1")).isEqualTo("'+1");
        assertThat(CsvTable.neutralized("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvTable.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.neutralized("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTable.neutralized("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvTable.neutralized("AccessDenied")).isEqualTo("AccessDenied");
        assertThat(CsvTable.neutralized("a=b")).isEqualTo("a=b");
        assertThat(CsvTable.neutralized(null)).isEmpty();
    }

    @Test
    void writesRfc4180WithQuotingWhereNeeded() {
        String csv = CsvTable.write(List.of("Time", "User", "Error message"), List.of(
                List.of("2026-11-27T10:00:00.000Z", "alice", "User: arn:aws:iam::1:user/alice is not authorized, sorry"),
                Arrays.asList("2026-11-27T09:00:00.000Z", null, "say \"hi\"\nnow"),
                List.of("2026-11-27T08:00:00.000Z", "=cmd|' /C calc'!A0", "-1, really")));
        assertThat(csv).isEqualTo("Time,User,Error message\r\n"
                + "2026-11-27T10:00:00.000Z,alice,\"User: arn:aws:iam::1:user/alice is not authorized, sorry\"\r\n"
                + "2026-11-27T09:00:00.000Z,,\"say \"\"hi\"\"\nnow\"\r\n"
                + "2026-11-27T08:00:00.000Z,'=cmd|' /C calc'!A0,\"'-1, really\"\r\n");
    }
}
