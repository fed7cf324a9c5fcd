package io.vigil.core.pipeline;

import io.vigil.core.document.SourceLocation;

/** One record as read from its input, before normalization: its text and where it was read. */
public record RawRecord(SourceLocation location, String text) {
}
