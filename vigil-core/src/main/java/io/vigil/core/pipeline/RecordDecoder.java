package io.vigil.core.pipeline;

import io.vigil.core.document.SourceLocation;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits one input (a file, an object, a request body) into records: lines, JSON array elements,
 * log records. It detects compression from content, streams (never holds a whole input in memory),
 * and reports unreadable parts through {@link RecordHandler#malformed} instead of throwing, so the
 * rest of the input is still read where that is possible.
 */
public interface RecordDecoder {

    /**
     * @throws IOException only when the input itself cannot be read (not for bad content)
     */
    void decode(InputStream input, SourceLocation origin, RecordHandler handler) throws IOException;
}
