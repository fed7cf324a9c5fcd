package io.vigil.core.pipeline;

/**
 * A named kind of input ({@code vigil ingest <name>}): how its inputs split into records, how a
 * record becomes documents, and the index family the documents go to.
 */
public record Dataset(String name, IndexSpec index, RecordDecoder decoder, Normalizer normalizer) {
}
