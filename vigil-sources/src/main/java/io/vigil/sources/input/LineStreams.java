package io.vigil.sources.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an input one line at a time, each line as a stream of its own that ends at the newline, so
 * a broken line of NDJSON is skipped and the lines after it are still read. No line is held in
 * memory whole.
 */
public final class LineStreams {

    private final InputStream source;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean lineOpen;
    private long lineNumber;
    private final InputStream line = new Line();

    public LineStreams(InputStream source) {
        this.source = source;
    }

    /** The next line, or {@code null} at the end of the input; what is left of the current line is skipped. */
    public InputStream next() throws IOException {
        while (lineOpen) {
            line.skip(Long.MAX_VALUE);
        }
        if (position == limit && !fill()) {
            return null;
        }
        lineNumber++;
        lineOpen = true;
        return line;
    }

    /** The number of the current line, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    private boolean fill() throws IOException {
        int read = source.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private final class Line extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int count) throws IOException {
            if (!lineOpen || count == 0) {
                return lineOpen ? 0 : -1;
            }
            if (position == limit && !fill()) {
                lineOpen = false;
                return -1;
            }
            int end = Math.min(limit, position + count);
            int copied = 0;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    copied = i - position;
                    System.arraycopy(buffer, position, target, offset, copied);
                    position = i + 1;
                    lineOpen = false;
                    return copied > 0 ? copied : -1;
                }
            }
            copied = end - position;
            System.arraycopy(buffer, position, target, offset, copied);
            position = end;
            return copied;
        }

        @Override
        public long skip(long count) throws IOException {
            byte[] sink = new byte[8 * 1024];
            long skipped = 0;
            int read;
            while (skipped < count && (read = read(sink, 0, (int) Math.min(sink.length, count - skipped))) > 0) {
                skipped += read;
            }
            return skipped;
        }
    }
}
