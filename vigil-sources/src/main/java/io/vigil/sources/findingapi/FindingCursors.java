package io.vigil.sources.findingapi;

import io.vigil.core.checkpoint.CheckpointStore;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How far each findings API was read in each account and region: the newest update time whose
 * findings were all acknowledged, in the checkpoint store under stream {@value #STREAM}, key
 * {@code <api>/<account>/<region>}, as ISO-8601. A cursor only moves forward.
 */
final class FindingCursors {

    static final String STREAM = "findings-api";

    private final CheckpointStore store;

    FindingCursors(CheckpointStore store) {
        this.store = store;
    }

    Optional<Instant> get(String api, FindingApiTarget target) {
        String key = key(api, target);
        return store.get(STREAM, key).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("the findings API cursor " + key + " in checkpoint " + STREAM
                        + " is not an ISO-8601 time: '" + value + "'; remove that entry to read "
                        + target + " again from the lookback", e);
            }
        });
    }

    /** Moves the cursor to {@code to}, unless it already stands there or later; returns where it stands. */
    Instant advance(String api, FindingApiTarget target, Instant to) {
        Optional<Instant> current = get(api, target);
        if (current.isPresent() && !current.get().isBefore(to)) {
            return current.get();
        }
        store.put(STREAM, key(api, target), to.toString());
        return to;
    }

    static String key(String api, FindingApiTarget target) {
        return api + "/" + target.account() + "/" + target.region();
    }
}
