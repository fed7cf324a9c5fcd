package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.sources.s3.S3PathBenchmark.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's arguments; the benchmark itself is run by hand, never as a test. */
class S3PathBenchmarkTest {

    @Test
    void defaultsAreAMillionEventsReadTwoObjectsAtATime() {
        assertThat(Options.parse()).isEqualTo(new Options(1_000_000, List.of(2)));
    }

    @Test
    void eventsAndConcurrenciesAreTakenInAnyOrder() {
        assertThat(Options.parse("--concurrency", "4", "--events", "20000")).isEqualTo(new Options(20_000, List.of(4)));
        assertThat(Options.parse("--concurrency", "1,2,4")).isEqualTo(new Options(1_000_000, List.of(1, 2, 4)));
    }

    @Test
    void wrongArgumentsSayWhatIsWrongAndHowToCallIt() {
        assertThatThrownBy(() -> Options.parse("--objects", "3"))
                .hasMessageStartingWith("unknown argument '--objects'; usage: S3PathBenchmark [--events N");
        assertThatThrownBy(() -> Options.parse("--events"))
                .hasMessageStartingWith("--events needs a number; usage:");
        assertThatThrownBy(() -> Options.parse("--concurrency", "0"))
                .hasMessageStartingWith("--concurrency must be a positive whole number, got '0'; usage:");
        assertThatThrownBy(() -> Options.parse("--concurrency", "1,,2"))
                .hasMessageStartingWith("--concurrency must be a positive whole number, got ''; usage:");
        assertThatThrownBy(() -> Options.parse("--events", "1e6"))
                .hasMessageStartingWith("--events must be a positive whole number, got '1e6'; usage:");
    }
}
