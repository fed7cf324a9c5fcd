package io.vigil.sources.input;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

/**
 * One record per line (NDJSON, log files), plain or gzip. Blank lines are skipped; a line longer
 * than the bound is reported as malformed with its beginning, without holding the rest in memory;
 * truncated or corrupt gzip is reported at the line where it broke, after every complete line
 * before it has been handed on. Invalid UTF-8 becomes replacement characters, never an error.
 */
public final class LineDecoder implements RecordDecoder {

    /** Default bound of one line: larger records are dead-lettered. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
    private static final int KEPT_OF_OVERSIZED = 4 * 1024;

    private final int maxLineBytes;

    public LineDecoder(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    public LineDecoder() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    @Override
    public void decode(InputStream input, SourceLocation origin, RecordHandler handler) throws IOException {
        InputStream in = Compression.decompressed(input);
        LineBuffer line = new LineBuffer();
        long number = 0;
        byte[] chunk = new byte[64 * 1024];
        int read;
        try {
            while ((read = in.read(chunk)) > 0) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        line.append(chunk, start, i - start);
                        emit(line, origin.line(++number), handler);
                        start = i + 1;
                    }
                }
                line.append(chunk, start, read - start);
            }
        } catch (EOFException | ZipException e) {
            handler.malformed(origin.line(number + 1), line.preview(),
                    "compressed input is truncated or corrupt after line " + number + ": " + e.getMessage());
            return;
        }
        if (line.size() > 0 || line.oversized()) {
            emit(line, origin.line(++number), handler);
        }
    }

    private void emit(LineBuffer line, SourceLocation location, RecordHandler handler) {
        if (line.oversized()) {
            handler.malformed(location, line.preview(),
                    "record of " + line.totalBytes() + " bytes exceeds the limit of " + maxLineBytes + " bytes");
        } else {
            String text = line.text();
            if (!text.isBlank()) {
                handler.record(new RawRecord(location, text));
            }
        }
        line.clear();
    }

    /** The current line; past the bound it keeps only its beginning and counts the rest. */
    private final class LineBuffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        private long total;

        void append(byte[] chunk, int offset, int length) {
            total += length;
            int room = (int) Math.min(length, Math.max(0, (long) maxLineBytes - bytes.size()));
            bytes.write(chunk, offset, room);
        }

        boolean oversized() {
            return total > maxLineBytes;
        }

        long totalBytes() {
            return total;
        }

        int size() {
            return bytes.size();
        }

        String text() {
            int length = bytes.size();
            byte[] raw = bytes.toByteArray();
            if (length > 0 && raw[length - 1] == '\r') {
                length--;
            }
            return new String(raw, 0, length, StandardCharsets.UTF_8);
        }

        String preview() {
            byte[] raw = bytes.toByteArray();
            return new String(raw, 0, Math.min(raw.length, KEPT_OF_OVERSIZED), StandardCharsets.UTF_8);
        }

        void clear() {
            bytes.reset();
            total = 0;
        }
    }
}
