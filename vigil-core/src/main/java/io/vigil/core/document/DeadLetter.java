package io.vigil.core.document;

import java.time.Instant;

/**
 * A record that could not be parsed or indexed, kept with its raw text, where it came from and why,
 * so that nothing is silently dropped. Its id is derived from the location: the same bad record
 * read twice is one dead letter.
 */
public record DeadLetter(String dataset, SourceLocation location, String raw, String reason, Instant receivedAt) {

    /** Raw text kept per dead letter; longer input is cut and the cut is recorded. */
    public static final int MAX_RAW_CHARS = 64 * 1024;

    public DeadLetter {
        if (raw == null) {
            raw = "";
        }
        if (raw.length() > MAX_RAW_CHARS) {
            raw = raw.substring(0, MAX_RAW_CHARS) + "\n[truncated: " + raw.length() + " characters in all]";
        }
    }

    public String id() {
        return DocumentId.hash(dataset, location.input(), location.unit().name(), Long.toString(location.position()));
    }
}
