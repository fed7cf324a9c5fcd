package io.vigil.web;

import java.util.Map;

/** What {@code GET /api/stats} shows: documents per dataset and the number of dead letters. */
public record StoreStats(Map<String, Long> documents, long deadLetters) {

    public StoreStats {
        documents = Map.copyOf(documents);
    }
}
