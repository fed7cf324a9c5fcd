package io.vigil.store.retention;

import java.time.Duration;
import java.time.Instant;

/** An index the retention job deleted: which, why (its period ended before the cut-off), and how big. */
public record DeletedIndex(String dataset, String index, Instant periodEnd, Duration retention, long documents) {

    @Override
    public String toString() {
        return index + " (" + dataset + ", " + documents + " documents, older than " + retention.toDays() + " days)";
    }
}
