package io.vigil.core.pipeline;

import io.vigil.core.document.SourceLocation;

/** Receives what a {@link RecordDecoder} reads: records, and input it could not read. */
public interface RecordHandler {

    void record(RawRecord record);

    /** Input that is not a record: invalid framing, truncated compression, an over-sized record. */
    void malformed(SourceLocation location, String raw, String reason);
}
