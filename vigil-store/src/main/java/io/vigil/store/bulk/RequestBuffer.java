package io.vigil.store.bulk;

import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer whose array is sent as is: no copy between serializing and sending. */
final class RequestBuffer extends OutputStream {

    private byte[] bytes;
    private int size;

    RequestBuffer(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    @Override
    public void write(int b) {
        ensure(size + 1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensure(size + length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    int capacity() {
        return bytes.length;
    }

    void reset() {
        size = 0;
    }

    void truncate(int newSize) {
        size = newSize;
    }

    private void ensure(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
