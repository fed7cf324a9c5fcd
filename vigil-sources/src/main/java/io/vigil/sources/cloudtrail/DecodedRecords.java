package io.vigil.sources.cloudtrail;

/**
 * Hands the fields the decoder read from a log file's record to the normalizer, so the record is
 * parsed once rather than skipped by the decoder and parsed again by the normalizer. The pipeline
 * normalizes each record on the thread that decoded it, right as it is handed on; the fields are
 * taken only for that very text (the same String object), anything else is parsed from its text.
 * One record per thread is held at most.
 */
final class DecodedRecords {

    private static final ThreadLocal<Slot> LAST = ThreadLocal.withInitial(Slot::new);

    private DecodedRecords() {
    }

    static void offer(String text, CloudTrailRecord record) {
        Slot slot = LAST.get();
        slot.text = text;
        slot.record = record;
    }

    /** The fields offered with exactly this text on this thread, once; otherwise {@code null}. */
    static CloudTrailRecord take(String text) {
        Slot slot = LAST.get();
        CloudTrailRecord record = slot.text == text ? slot.record : null;
        slot.text = null;
        slot.record = null;
        return record;
    }

    private static final class Slot {
        private String text;
        private CloudTrailRecord record;
    }
}
