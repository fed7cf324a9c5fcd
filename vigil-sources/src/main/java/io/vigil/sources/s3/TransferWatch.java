package io.vigil.sources.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers how an object's download ended. The decoder reports a read error as bad content (a
 * truncated gzip, say), but a transfer that broke off is not the object's fault: the object must be
 * read again, not dead-lettered and forgotten.
 */
final class TransferWatch extends FilterInputStream {

    private long bytes;
    private boolean ended;
    private boolean closed;
    private Exception failure;

    TransferWatch(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = (int) watch(() -> super.read());
        if (b < 0) {
            ended = true;
        } else {
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = (int) watch(() -> super.read(buffer, offset, length));
        if (count < 0) {
            ended = true;
        } else {
            bytes += count;
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = watch(() -> super.skip(n));
        bytes += skipped;
        return skipped;
    }

    /**
     * Reads and drops what the decoder left unread (a trailing newline, the rest of a stream it gave up
     * on), up to {@code limit} bytes; returns whether the body's end was reached, so that the
     * connection can be used again. Errors met here are not the object's: its records were read.
     */
    boolean drain(int limit) {
        if (closed) {
            return true; // the decoder closed the body, which gave the connection back
        }
        byte[] buffer = new byte[8192];
        int left = limit;
        try {
            while (!ended && left > 0) {
                int count = in.read(buffer, 0, Math.min(buffer.length, left));
                if (count < 0) {
                    ended = true;
                } else if (count == 0) {
                    break;
                } else {
                    left -= count;
                    bytes += count;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return ended;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        super.close();
    }

    /** The transfer failed (I/O error, or the SDK's checksum check at the end of the body). */
    Exception failure() {
        return failure;
    }

    /** The body was read to its end. */
    boolean ended() {
        return ended;
    }

    long bytes() {
        return bytes;
    }

    private long watch(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException | RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    private interface Read {
        long run() throws IOException;
    }
}
