package io.vigil.sources.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Detects gzip by its magic bytes, not by a file name, and decompresses it (multi-member too). */
public final class Compression {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private Compression() {
    }

    /** The input, decompressed when it starts with the gzip magic bytes; read it in large chunks. */
    public static InputStream decompressed(InputStream input) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(input, 64 * 1024);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
            // Not wrapped in a BufferedInputStream: its read(byte[]) keeps reading while more is
            // announced and would lose the lines before a truncation along with the exception.
            return new GZIPInputStream(buffered, 64 * 1024);
        }
        return buffered;
    }
}
