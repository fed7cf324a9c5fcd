package io.vigil.web.keys;

import io.vigil.web.file.PrivateListFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ingest keys of one data directory, in {@code <dataDir>/keys.json} (a {@link PrivateListFile}:
 * mode 600, written atomically under a lock file, re-read when changed, so a running server sees keys
 * created or revoked by {@code vigil keys} in another process without a restart). Only SHA-256 hashes
 * of the secrets are stored; the plaintext key exists once, in the answer to {@link #create}.
 */
public final class KeyStore {

    public static final String FILE_NAME = "keys.json";

    private static final int SECRET_BYTES = 32;
    private static final int ID_BYTES = 6;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern SCOPE_ENTRY = Pattern.compile("[^\\s,\\p{Cntrl}]{1,128}");

    private final PrivateListFile<IngestKey> file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile KeyIndex indexed = new KeyIndex(List.of(), Map.of(), List.of());

    public KeyStore(Path dataDir, Clock clock) {
        this.file = new PrivateListFile<>(dataDir.resolve(FILE_NAME), "keys", IngestKey.class, "key file",
                "restore it from a backup, or move it away and create new keys with 'vigil keys create'");
        this.clock = clock;
    }

    public Path file() {
        return file.path();
    }

    /**
     * Creates a key scoped to the given datasets and projects ({@value IngestKey#ALL} for all). The
     * returned plaintext is not stored anywhere: show it to the user once.
     */
    public NewKey create(String name, List<String> datasets, List<String> projects) {
        requireName(name);
        requireScope("datasets", datasets);
        requireScope("projects", projects);
        return file.modify(keys -> {
            if (keys.stream().anyMatch(key -> !key.revoked() && key.name().equals(name))) {
                throw new IllegalArgumentException("a valid key named '" + name + "' exists already;"
                        + " choose another name or revoke it first (vigil keys revoke " + name + ")");
            }
            String id;
            do {
                id = HexFormat.of().formatHex(randomBytes(ID_BYTES));
            } while (find(keys, id).isPresent());
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
            IngestKey key = new IngestKey(id, name, sha256Hex(secret), datasets, projects, clock.instant(), null);
            keys.add(key);
            return new NewKey(key, new PresentedKey(id, secret).text());
        });
    }

    /** Every key, valid and revoked, oldest first. */
    public List<IngestKey> list() {
        return current().inOrder();
    }

    /**
     * Revokes a key by id or, failing that, by the name of a valid key. Senders using it are refused
     * from their next request on.
     *
     * @throws IllegalArgumentException when no such key exists or it is revoked already
     */
    public IngestKey revoke(String idOrName) {
        return file.modify(keys -> {
            int index = indexOf(keys, idOrName);
            IngestKey key = keys.get(index);
            if (key.revoked()) {
                throw new IllegalArgumentException("key " + key.id() + " (" + key.name() + ") was revoked already at "
                        + key.revokedAt());
            }
            IngestKey revoked = key.revokedAt(clock.instant());
            keys.set(index, revoked);
            return revoked;
        });
    }

    /** The valid key the text presents, or empty when it is malformed, unknown, wrong or revoked. */
    public Optional<IngestKey> authenticate(String presented) {
        return PresentedKey.parse(presented).flatMap(this::authenticate);
    }

    public Optional<IngestKey> authenticate(PresentedKey presented) {
        byte[] hash = sha256(presented.secret());
        IngestKey key = current().byId().get(presented.id());
        if (key == null || key.revoked()
                || !MessageDigest.isEqual(hash, HexFormat.of().parseHex(key.secretSha256()))) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /** The keys as on disk, indexed by id once per version of the file. */
    private KeyIndex current() {
        List<IngestKey> stored = file.read();
        KeyIndex seen = indexed;
        // the file hands out the same list until it changes
        if (seen.stored() == stored) {
            return seen;
        }
        Map<String, IngestKey> byId = new LinkedHashMap<>();
        stored.forEach(key -> byId.putIfAbsent(key.id(), key));
        KeyIndex fresh = new KeyIndex(stored, Map.copyOf(byId), List.copyOf(byId.values()));
        indexed = fresh;
        return fresh;
    }

    private static int indexOf(List<IngestKey> keys, String idOrName) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).id().equals(idOrName)) {
                return i;
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).revoked() && keys.get(i).name().equals(idOrName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no valid key with id or name '" + idOrName
                + "'; 'vigil keys list' shows the keys");
    }

    private static Optional<IngestKey> find(List<IngestKey> keys, String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("key name '" + name + "' is not valid: use 1 to 64 letters, digits,"
                    + " '.', '_', '-' or '@', starting with a letter or digit");
        }
    }

    private static void requireScope(String what, List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one entry in " + what + " ('"
                    + IngestKey.ALL + "' for all)");
        }
        for (String entry : entries) {
            if (entry == null || !SCOPE_ENTRY.matcher(entry).matches()) {
                throw new IllegalArgumentException("'" + entry + "' is not a valid entry of " + what
                        + ": use a name without spaces or commas, or '" + IngestKey.ALL + "' for all");
            }
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The keys of one version of the file, by id and in order, a key id counting once. */
    private record KeyIndex(List<IngestKey> stored, Map<String, IngestKey> byId, List<IngestKey> inOrder) {
    }
}
