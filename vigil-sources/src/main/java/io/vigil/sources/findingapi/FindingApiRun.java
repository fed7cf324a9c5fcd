package io.vigil.sources.findingapi;

import java.time.Instant;

/**
 * What one run of one findings API did in one account and region.
 *
 * @param api            e.g. {@code inspector2}
 * @param since          start of the window read (the cursor less the overlap, or the lookback)
 * @param until          end of the window read (when the run started)
 * @param pages          pages of findings ingested
 * @param findings       findings read
 * @param indexed        documents newly stored (two per finding update: the event and the latest state)
 * @param alreadyPresent documents that were already stored (re-read updates)
 * @param deadLettered   records the pipeline could not read and stored as dead letters
 * @param cursor         the cursor after the run (null while none was ever stored)
 * @param problem        why the run stopped short (its cursor then did not move), or null
 * @param credentialsRefused whether the service refused the account's credentials (expired or invalid), which
 *                       stops every source of that account and region for the run
 */
public record FindingApiRun(String api, FindingApiTarget target, Instant since, Instant until, int pages,
                            long findings, long indexed, long alreadyPresent, long deadLettered, Instant cursor,
                            String problem, boolean credentialsRefused) {

    public boolean succeeded() {
        return problem == null;
    }
}
