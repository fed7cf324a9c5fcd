package io.vigil.sources.findingapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.checkpoint.CheckpointStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingCursorsTest {

    private static final FindingApiTarget PROD = new FindingApiTarget("prod", "eu-west-1");

    @TempDir
    Path data;

    @Test
    void aCursorIsStoredPerApiAccountAndRegionAndOnlyMovesForward() {
        CheckpointStore store = CheckpointStore.of(data);
        FindingCursors cursors = new FindingCursors(store);
        assertThat(cursors.get("guardduty", PROD)).isEmpty();

        assertThat(cursors.advance("guardduty", PROD, Instant.parse("2024-10-04T04:09:13.066Z")))
                .isEqualTo(Instant.parse("2024-10-04T04:09:13.066Z"));
        assertThat(cursors.advance("guardduty", PROD, Instant.parse("2024-10-04T04:00:00Z")))
                .isEqualTo(Instant.parse("2024-10-04T04:09:13.066Z"));

        assertThat(store.positions("findings-api"))
                .isEqualTo(Map.of("guardduty/prod/eu-west-1", "2024-10-04T04:09:13.066Z"));
        assertThat(new FindingCursors(CheckpointStore.of(data)).get("guardduty", PROD))
                .contains(Instant.parse("2024-10-04T04:09:13.066Z"));
        assertThat(cursors.get("inspector2", PROD)).isEmpty();
    }

    @Test
    void anUnreadableCursorSaysWhichAndHowToStartOver() {
        CheckpointStore store = CheckpointStore.of(data);
        store.put("findings-api", "securityhub/prod/eu-west-1", "yesterday");

        assertThatThrownBy(() -> new FindingCursors(store).get("securityhub", PROD))
                .hasMessage("the findings API cursor securityhub/prod/eu-west-1 in checkpoint findings-api is not an"
                        + " ISO-8601 time: 'yesterday'; remove that entry to read prod/eu-west-1 again from the lookback");
    }
}
