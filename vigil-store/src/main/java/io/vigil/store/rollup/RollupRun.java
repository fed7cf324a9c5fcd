package io.vigil.store.rollup;

import java.time.Instant;

/**
 * What one run of a rollup did.
 *
 * @param watermark    every group holds every whole period of its own before this hour (null: no events yet)
 * @param periodsRolled (group, period) pairs rolled up because their counts differed (new or changed)
 * @param documents    rollup documents written
 * @param events       events those documents stand for, summed over the groups (each counts every event)
 * @param staleDeleted documents deleted: rows no event has any more
 */
public record RollupRun(String rollup, Instant watermark, int periodsRolled, long documents, long events,
                        long staleDeleted) {
}
