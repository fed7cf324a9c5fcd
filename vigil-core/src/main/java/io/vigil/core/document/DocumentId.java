package io.vigil.core.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Deterministic document ids: the same parts always give the same id, so a record delivered twice
 * is indexed once. Parts are canonical values (epoch milliseconds, ARNs), never display forms.
 */
public final class DocumentId {

    private static final byte SEPARATOR = 0x1f;

    private DocumentId() {
    }

    /** A 27-character URL-safe id: the first 160 bits of SHA-256 over the parts. */
    public static String hash(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update(SEPARATOR);
        }
        byte[] full = digest.digest();
        byte[] head = new byte[20];
        System.arraycopy(full, 0, head, 0, head.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(head);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
