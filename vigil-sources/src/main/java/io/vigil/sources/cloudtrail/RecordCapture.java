package io.vigil.sources.cloudtrail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sits between an input and the JSON parser and keeps the bytes of the record being read, so a
 * record is handed on as its exact bytes after the parser has only skipped over it (no tree, no
 * re-serialization). Memory is bounded: past {@code maxRecordBytes} a record keeps only its
 * beginning. Offsets are absolute byte positions in the input, as the parser reports them.
 */
final class RecordCapture extends InputStream {

    /** Bytes kept behind the read position, more than the parser reads ahead (8,000 bytes). */
    private static final int WINDOW = 64 * 1024;
    static final int PREVIEW_BYTES = 4 * 1024;
    static final int MAX_EXCERPT_BYTES = 64 * 1024;

    private final int maxRecordBytes;
    private InputStream source;
    private byte[] buffer = new byte[2 * WINDOW];
    private long bufferStart;
    private int length;
    private long captureFrom = -1;
    private byte[] oversizedHead;

    RecordCapture(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Starts over on another input, reusing the buffer. */
    RecordCapture reset(InputStream input) {
        source = input;
        bufferStart = 0;
        length = 0;
        captureFrom = -1;
        oversizedHead = null;
        return this;
    }

    /** Bytes handed to the parser so far. */
    long position() {
        return bufferStart + length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int count) throws IOException {
        int read = source.read(target, offset, count);
        if (read > 0) {
            keep(target, offset, read);
        }
        return read;
    }

    /** Starts keeping a record that begins at this offset (a byte the parser has just read). */
    void start(long offset) {
        if (offset < bufferStart || offset > position()) {
            throw new IllegalStateException("capture offset " + offset + " outside the kept window");
        }
        captureFrom = offset;
        oversizedHead = null;
    }

    /** Whether the record being kept is surely over the bound already, before its end is read. */
    boolean tooLarge() {
        return oversizedHead != null;
    }

    void cancel() {
        captureFrom = -1;
        oversizedHead = null;
    }

    /** Ends the record at this offset (exclusive) and returns what was kept of it. */
    Captured end(long endOffset) {
        long from = captureFrom;
        captureFrom = -1;
        long size = endOffset - from;
        if (size > maxRecordBytes) {
            byte[] head = oversizedHead != null ? oversizedHead : slice(from, from + PREVIEW_BYTES);
            oversizedHead = null;
            return new Captured(head, size, true);
        }
        return new Captured(slice(from, endOffset), size, false);
    }

    /** What is kept of the current record (or of the last bytes read), for an error report. */
    String excerpt() {
        if (oversizedHead != null) {
            return new String(oversizedHead, StandardCharsets.UTF_8);
        }
        return excerpt(captureFrom >= 0 ? captureFrom : position() - PREVIEW_BYTES, position());
    }

    /** The kept bytes between these offsets (clamped to what is kept), at most {@link #MAX_EXCERPT_BYTES}. */
    String excerpt(long from, long to) {
        long start = Math.max(from, bufferStart);
        return new String(slice(start, Math.min(to, start + MAX_EXCERPT_BYTES)), StandardCharsets.UTF_8);
    }

    private byte[] slice(long from, long to) {
        long start = Math.max(from, bufferStart);
        long end = Math.min(to, position());
        if (end <= start) {
            return new byte[0];
        }
        byte[] out = new byte[(int) (end - start)];
        System.arraycopy(buffer, (int) (start - bufferStart), out, 0, out.length);
        return out;
    }

    private void keep(byte[] bytes, int offset, int count) {
        if (length + count > buffer.length) {
            makeRoom(count);
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        // the parser reads ahead of the record's end by less than the window: only past this is a record surely too large
        if (captureFrom >= 0 && oversizedHead == null && position() - captureFrom > (long) maxRecordBytes + WINDOW) {
            oversizedHead = slice(captureFrom, captureFrom + PREVIEW_BYTES);
        }
    }

    /** Drops bytes no longer needed: before the record being kept, or before the window. */
    private void makeRoom(int count) {
        boolean keeping = captureFrom >= 0 && oversizedHead == null;
        long keepFrom = Math.max(bufferStart, keeping ? captureFrom : position() - WINDOW);
        int drop = (int) (keepFrom - bufferStart);
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, length - drop);
            length -= drop;
            bufferStart += drop;
        }
        if (length + count > buffer.length) {
            byte[] larger = new byte[Math.max(buffer.length * 2, length + count)];
            System.arraycopy(buffer, 0, larger, 0, length);
            buffer = larger;
        }
    }

    /** The bytes of one record, or only its beginning when it was over the bound. */
    record Captured(byte[] bytes, long size, boolean oversized) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** A part of the record, by absolute offsets relative to the record's start. */
        String text(long from, long to) {
            return new String(bytes, (int) from, (int) (to - from), StandardCharsets.UTF_8);
        }
    }
}
