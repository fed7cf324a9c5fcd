package io.vigil.store.rollup;

import java.time.Instant;

/**
 * What one run of a rollup did.
 *
 * @param watermark    the rollup now counts every event before this instant (null: no events yet)
 * @param periodsRolled (group, period) pairs rolled up: the periods the watermark fell in, and those whose counts differed
 * @param documents    rollup documents written
 * @param events       events those documents stand for, summed over the groups (each counts every event)
 * @param staleDeleted documents deleted: rows no event has any more, and partial periods of older runs
 */
public record RollupRun(String rollup, Instant watermark, int periodsRolled, long documents, long events,
                        long staleDeleted) {
}
