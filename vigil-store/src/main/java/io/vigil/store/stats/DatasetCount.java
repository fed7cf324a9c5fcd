package io.vigil.store.stats;

/**
 * Documents of a dataset and its dead letters.
 *
 * @param dataset     the dataset name
 * @param indices     the index pattern it writes to
 * @param documents   searchable documents in those indices (datasets sharing a pattern show the same count)
 * @param deadLetters its records in the dead-letter indices
 */
public record DatasetCount(String dataset, String indices, long documents, long deadLetters) {
}
