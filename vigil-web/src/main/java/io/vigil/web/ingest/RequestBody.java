package io.vigil.web.ingest;

import io.vigil.core.config.WebConfig;
import io.vigil.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A request body read in full and checked against the caps before anything of it is processed. The
 * bytes as sent (at most {@link WebConfig#maxBody()}) stay in memory, compressed if they came
 * compressed, and are decompressed again on each {@link #open}: memory per request is bounded by the
 * size as sent, while the decompressed size is verified once against
 * {@link WebConfig#maxDecompressedBody()} without being kept (gzip bombs are refused).
 *
 * <p>gzip is recognized by its magic bytes as well as by {@code Content-Encoding}, and every layer is
 * removed here, because dataset decoders decompress gzip content by themselves and would otherwise
 * expand a body past the cap unseen.
 */
public final class RequestBody {

    /** Largest array the JVM allocates reliably. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
    /** A compressed file sent with Content-Encoding: gzip has two layers; more is no honest sender. */
    private static final int MAX_GZIP_LAYERS = 2;
    private static final int BUFFER = 64 * 1024;

    private final byte[] sent;
    private final int gzipLayers;
    private final long size;
    private final String sha256;

    private RequestBody(byte[] sent, int gzipLayers, long size, String sha256) {
        this.sent = sent;
        this.gzipLayers = gzipLayers;
        this.size = size;
        this.sha256 = sha256;
    }

    /** An input built in memory by an ingest route (an event taken out of an envelope, say); not compressed. */
    public static RequestBody of(byte[] content) {
        return new RequestBody(content.clone(), 0, content.length, HexFormat.of().formatHex(newDigest().digest(content)));
    }

    /** Where the body is read from; opened only once the declared length passed the cap. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads a request body within the caps.
     *
     * @param declaredLength  the Content-Length, or -1 for a streamed (chunked) body
     * @param contentEncoding the Content-Encoding header, or {@code null}
     * @param source          opened only after the declared length is checked: opening a request's
     *                        input makes the server answer {@code Expect: 100-continue}, and a body
     *                        refused by its declared length should never be sent
     * @throws ApiException 413 above a cap, 415 for an encoding other than gzip, 400 for a body that
     *                      cannot be read or decompressed
     */
    public static RequestBody read(long declaredLength, String contentEncoding, Source source, WebConfig limits) {
        boolean declaredGzip = isGzip(contentEncoding);
        long maxSent = Math.min(limits.maxBody().bytes(), MAX_ARRAY);
        if (declaredLength > maxSent) {
            throw new ApiException(413, "the request body has " + declaredLength + " bytes, more than the "
                    + limits.maxBody() + " this server accepts (web.max_body); send smaller batches");
        }
        byte[] sent;
        try (InputStream in = source.open()) {
            sent = in.readNBytes((int) maxSent + 1);
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read: " + e.getMessage() + "; send it again");
        }
        if (sent.length > maxSent) {
            throw new ApiException(413, "the streamed request body exceeds the " + limits.maxBody()
                    + " this server accepts (web.max_body); send smaller batches");
        }
        try {
            int layers = gzipLayers(sent);
            if (declaredGzip && layers == 0) {
                throw new ApiException(400, "the request body is not gzip although sent with 'Content-Encoding: gzip';"
                        + " compress it with gzip or leave out the header");
            }
            return verified(sent, layers, limits);
        } catch (IOException e) {
            throw new ApiException(400, "the request body is not valid gzip: " + e.getMessage()
                    + "; send it complete, or uncompressed");
        }
    }

    /** The body as the dataset reads it: with every gzip layer removed. */
    public InputStream open() {
        try {
            return decompressed(sent, gzipLayers);
        } catch (IOException e) {
            throw new IllegalStateException("a body verified on reading fails on opening", e);
        }
    }

    /** Size in bytes after decompression. */
    public long size() {
        return size;
    }

    /** Hex SHA-256 of the decompressed body: the same content sent again has the same value. */
    public String sha256() {
        return sha256;
    }

    /** Reads the decompressed body once, counting it against the cap and hashing it. */
    private static RequestBody verified(byte[] sent, int layers, WebConfig limits) throws IOException {
        long max = limits.maxDecompressedBody().bytes();
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = new DigestInputStream(decompressed(sent, layers), digest)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > max) {
                    throw new ApiException(413, "the request body decompresses to more than the "
                            + limits.maxDecompressedBody() + " this server accepts (web.max_decompressed_body);"
                            + " send smaller batches");
                }
            }
        }
        return new RequestBody(sent, layers, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static int gzipLayers(byte[] sent) throws IOException {
        int layers = 0;
        while (startsWithGzipMagic(decompressed(sent, layers))) {
            if (++layers > MAX_GZIP_LAYERS) {
                throw new ApiException(400, "the request body is gzip within gzip more than " + MAX_GZIP_LAYERS
                        + " times; compress it once");
            }
        }
        return layers;
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        byte[] head = in.readNBytes(2);
        return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    private static InputStream decompressed(byte[] sent, int layers) throws IOException {
        InputStream in = new ByteArrayInputStream(sent);
        for (int i = 0; i < layers; i++) {
            in = new GZIPInputStream(in, BUFFER);
        }
        return in;
    }

    private static boolean isGzip(String contentEncoding) {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> false;
            case "gzip", "x-gzip" -> true;
            default -> throw new ApiException(415, "Content-Encoding '" + contentEncoding
                    + "' is not supported: send the body uncompressed or with 'Content-Encoding: gzip'");
        };
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
