package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2024, 5, 31);

    @Test
    void bothEndsAreIncluded() {
        DateRange may = new DateRange(MAY_1, MAY_31);

        assertThat(may.contains(MAY_1)).isTrue();
        assertThat(may.contains(MAY_31)).isTrue();
        assertThat(may.contains(MAY_1.minusDays(1))).isFalse();
        assertThat(may.contains(MAY_31.plusDays(1))).isFalse();
    }

    @Test
    void openEnds() {
        assertThat(new DateRange(null, MAY_1).contains(LocalDate.of(1999, 1, 1))).isTrue();
        assertThat(new DateRange(MAY_1, null).contains(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(DateRange.all().overlaps(MAY_1, MAY_31)).isTrue();
    }

    @Test
    void overlapsAPeriodThatSharesADay() {
        DateRange may = new DateRange(MAY_1, MAY_31);

        assertThat(may.overlaps(LocalDate.of(2024, 4, 1), MAY_1)).isTrue();
        assertThat(may.overlaps(MAY_31, LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(may.overlaps(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))).isFalse();
        assertThat(may.overlaps(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30))).isFalse();
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> new DateRange(MAY_31, MAY_1))
                .hasMessage("the date range is empty: since 2024-05-31 is after until 2024-05-01");
    }
}
