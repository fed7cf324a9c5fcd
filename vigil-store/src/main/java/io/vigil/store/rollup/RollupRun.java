package io.vigil.store.rollup;

import java.time.Instant;

/**
 * What one run of a rollup did.
 *
 * @param watermark    the rollup now counts every event before this instant (null: no events yet)
 * @param hoursRolled  (group, hour) pairs rolled up again because their counts differed
 * @param documents    rollup documents written
 * @param events       events those documents stand for
 * @param staleDeleted documents deleted: rows no event has any more, and partial hours of older runs
 */
public record RollupRun(String rollup, Instant watermark, int hoursRolled, long documents, long events,
                        long staleDeleted) {
}
