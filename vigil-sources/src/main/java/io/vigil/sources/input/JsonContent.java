package io.vigil.sources.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipException;

/**
 * JSON content whatever form it arrives in: gzip told by its magic bytes, the base64 form of gzip
 * ({@code H4sI...}, as CloudWatch Logs subscriptions deliver it), and either NDJSON (each line a
 * complete JSON value) or one JSON text, pretty-printed or not, told apart from the first lines.
 */
public final class JsonContent {

    /** Bytes looked at to tell NDJSON from one JSON text. */
    private static final int PEEK_BYTES = 64 * 1024;
    /** Base64 of the gzip magic bytes and compression method: how a base64 gzip payload begins. */
    private static final byte[] BASE64_GZIP = "H4sI".getBytes(StandardCharsets.US_ASCII);

    private final JsonFactory json;

    public JsonContent(JsonFactory json) {
        this.json = json;
    }

    /** The decompressed content, with its form. */
    public record Opened(InputStream stream, boolean lineDelimited) {
    }

    /**
     * @throws EOFException or {@link ZipException} when compressed content is truncated or corrupt at its start
     */
    public Opened open(InputStream input) throws IOException {
        Peeked content = peek(Compression.decompressed(input));
        if (content.startsWith(BASE64_GZIP)) {
            content = peek(Compression.decompressed(Base64.getMimeDecoder().wrap(content.stream())));
        }
        return new Opened(content.stream(), content.isLineDelimited());
    }

    /** What went wrong in decompression; the JDK leaves the message out for an input that ends in the header. */
    public static String describeCorruption(IOException e) {
        return e.getMessage() != null ? e.getMessage()
                : e instanceof EOFException ? "unexpected end of input" : e.getClass().getSimpleName();
    }

    /** Reads the first bytes and puts them back in front of the rest; a truncation met there is replayed later. */
    private Peeked peek(InputStream in) throws IOException {
        byte[] head = new byte[PEEK_BYTES];
        int length = 0;
        InputStream rest = in;
        try {
            int read;
            while (length < head.length && (read = in.read(head, length, head.length - length)) > 0) {
                length += read;
            }
        } catch (EOFException | ZipException e) {
            rest = new Failing(e);
        }
        return new Peeked(head, length, new SequenceInputStream(new ByteArrayInputStream(head, 0, length), rest));
    }

    private final class Peeked {
        private final byte[] head;
        private final int length;
        private final InputStream stream;
        private final int first;

        Peeked(byte[] head, int length, InputStream stream) {
            this.head = head;
            this.length = length;
            this.stream = stream;
            this.first = skipWhitespace(0);
        }

        InputStream stream() {
            return stream;
        }

        boolean startsWith(byte[] prefix) {
            if (first < 0 || length - first < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (head[first + i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * NDJSON when the first non-blank line is a complete JSON value by itself, or when the second
         * is and the first (a broken record) does not open a structure: in a pretty-printed JSON text
         * the first lines are fragments such as <code>{</code>, <code>[</code> or {@code "Records": [}.
         */
        boolean isLineDelimited() {
            int firstEnd = first < 0 ? -1 : indexOf('\n', first);
            if (firstEnd < 0) {
                return false;
            }
            if (isCompleteValue(first, firstEnd)) {
                return true;
            }
            int second = skipWhitespace(firstEnd + 1);
            int secondEnd = second < 0 ? -1 : indexOf('\n', second);
            return secondEnd >= 0 && !opensStructure(first, firstEnd) && isCompleteValue(second, secondEnd);
        }

        private boolean opensStructure(int start, int end) {
            for (int i = end - 1; i >= start; i--) {
                byte b = head[i];
                if (b != ' ' && b != '\r' && b != '\t') {
                    return b == '[' || b == '{' || b == ',' || b == ':';
                }
            }
            return true;
        }

        private boolean isCompleteValue(int start, int end) {
            try (JsonParser parser = json.createParser(head, start, end - start)) {
                if (parser.nextToken() == null) {
                    return false;
                }
                parser.skipChildren();
                return parser.nextToken() == null;
            } catch (IOException e) {
                return false;
            }
        }

        private int indexOf(char c, int from) {
            for (int i = from; i < length; i++) {
                if (head[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private int skipWhitespace(int from) {
            for (int i = from; i < length; i++) {
                byte b = head[i];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The rest of an input whose decompression already failed: replays the failure where it happened. */
    private static final class Failing extends InputStream {
        private final IOException failure;

        Failing(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            throw failure;
        }
    }
}
