package io.vigil.web.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string form
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}, so that a hash keeps the parameters
 * it was made with and the parameters for new hashes can change later. New hashes use OWASP's
 * parameters (19 MiB, 2 passes, 1 lane) with a 16-byte random salt. Passwords are NFKC-normalized
 * first, so the same password typed on another keyboard layout still matches.
 */
public final class PasswordHasher {

    /** Memory in KiB, passes and lanes of an Argon2id hash. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
    }

    public static final Cost OWASP = new Cost(19 * 1024, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    /** Each hash takes its memory while it runs: this many at once, the rest wait their turn. */
    private static final Semaphore RUNNING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();
    /** A hash no password matches, checked for unknown user names so they take as long as known ones. */
    private final String dummy;

    public PasswordHasher() {
        this(OWASP);
    }

    public PasswordHasher(Cost cost) {
        this.cost = cost;
        this.dummy = encode(cost, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    /** A new hash of the password with a fresh salt. */
    public String hash(String password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return encode(cost, salt, derive(password, salt, cost, HASH_BYTES));
    }

    /**
     * Whether the password matches the hash, compared in constant time.
     *
     * @throws IllegalArgumentException when the hash is not an Argon2id hash in PHC form
     */
    public boolean verify(String password, String encoded) {
        Matcher matcher = ENCODED.matcher(encoded);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an Argon2id password hash in PHC form ($argon2id$v=19$m=...)");
        }
        Cost stored = new Cost(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
        byte[] salt = B64_DECODER.decode(matcher.group(4));
        byte[] expected = B64_DECODER.decode(matcher.group(5));
        return MessageDigest.isEqual(expected, derive(password, salt, stored, expected.length));
    }

    /** Spends the time of a {@link #verify} on a hash no password matches. */
    public void verifyDummy(String password) {
        verify(password, dummy);
    }

    private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
        byte[] secret = Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        RUNNING.acquireUninterruptibly();
        try {
            generator.generateBytes(secret, out);
        } finally {
            RUNNING.release();
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static String encode(Cost cost, byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
