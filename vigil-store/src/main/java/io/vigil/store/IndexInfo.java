package io.vigil.store;

import java.time.Instant;

/** One index as listed by the engine: its name, searchable documents and when it was created. */
public record IndexInfo(String name, long documents, Instant created) {
}
