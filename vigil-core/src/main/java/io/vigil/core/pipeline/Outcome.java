package io.vigil.core.pipeline;

/** What the store did with one document, as acknowledged by the engine. */
public enum Outcome {
    /** Newly indexed. */
    INDEXED,
    /** A document with the same id was already there (a 409 on create): success, not an error. */
    ALREADY_PRESENT,
    /** Written to the dead-letter index (unparseable, or refused by the engine's mapping). */
    DEAD_LETTERED
}
