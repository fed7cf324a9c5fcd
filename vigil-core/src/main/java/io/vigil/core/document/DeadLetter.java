package io.vigil.core.document;

import java.time.Instant;

/**
 * A record that could not be parsed or indexed, kept with its raw text, where it came from and why,
 * so that nothing is silently dropped. Its id is derived from the location (and, for a document the
 * engine refused, the document's id, since one record may give several documents): the same bad
 * record read twice is one dead letter.
 *
 * @param documentId the refused document's id, or {@code null} for input that never became a document
 */
public record DeadLetter(String dataset, SourceLocation location, String documentId, String raw, String reason,
                         Instant receivedAt) {

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

    /** Input that could not be read or normalized. */
    public static DeadLetter unreadable(String dataset, SourceLocation location, String raw, String reason, Instant at) {
        return new DeadLetter(dataset, location, null, raw, reason, at);
    }

    /** A normalized document the engine refused (a mapping conflict). */
    public static DeadLetter refused(String dataset, SourceLocation location, String documentId, String raw,
                                     String reason, Instant at) {
        return new DeadLetter(dataset, location, documentId, raw, reason, at);
    }

    public String id() {
        return DocumentId.hash(dataset, location.input(), location.unit().name(), Long.toString(location.position()),
                documentId == null ? "" : documentId);
    }
}
