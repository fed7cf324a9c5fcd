package io.vigil.web.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The ingest keys of one data directory, in {@code <dataDir>/keys.json}. Only SHA-256 hashes of the
 * secrets are stored; the plaintext key exists once, in the answer to {@link #create}. Writes are
 * atomic (temporary file, fsync, atomic rename) and serialized across processes by a lock file, and
 * readers notice a changed file by its size, modification time and file key, so a running server
 * sees keys created or revoked by {@code vigil keys} in another process without a restart.
 */
public final class KeyStore {

    public static final String FILE_NAME = "keys.json";

    private static final int FORMAT_VERSION = 1;
    private static final int SECRET_BYTES = 32;
    private static final int ID_BYTES = 6;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern SCOPE_ENTRY = Pattern.compile("[^\\s,\\p{Cntrl}]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    /** One writer at a time in this JVM; the lock file covers other processes (file locks are per JVM). */
    private static final Object WRITERS = new Object();

    private final Path directory;
    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Snapshot snapshot = new Snapshot(FileStamp.MISSING, Map.of(), List.of());

    public KeyStore(Path dataDir, Clock clock) {
        this.directory = dataDir.toAbsolutePath().normalize();
        this.file = directory.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Creates a key scoped to the given datasets and projects ({@value IngestKey#ALL} for all). The
     * returned plaintext is not stored anywhere: show it to the user once.
     */
    public NewKey create(String name, List<String> datasets, List<String> projects) {
        requireName(name);
        requireScope("datasets", datasets);
        requireScope("projects", projects);
        return modify(keys -> {
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
        return modify(keys -> {
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

    /** The keys as on disk, re-read only when the file changed since the last look (one stat call). */
    private Snapshot current() {
        FileStamp stamp = FileStamp.of(file);
        Snapshot seen = snapshot;
        if (seen.stamp().equals(stamp)) {
            return seen;
        }
        synchronized (this) {
            if (!snapshot.stamp().equals(stamp)) {
                Map<String, IngestKey> byId = new LinkedHashMap<>();
                read().forEach(key -> byId.putIfAbsent(key.id(), key));
                // the stamp was taken before reading: a file replaced in between is simply read again next time
                snapshot = new Snapshot(stamp, Map.copyOf(byId), List.copyOf(byId.values()));
            }
            return snapshot;
        }
    }

    private <T> T modify(Function<List<IngestKey>, T> change) {
        synchronized (WRITERS) {
            try {
                Files.createDirectories(directory);
                try (FileChannel lockFile = FileChannel.open(directory.resolve(FILE_NAME + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockFile.lock()) {
                    List<IngestKey> keys = new ArrayList<>(read());
                    T result = change.apply(keys);
                    write(keys);
                    return result;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the key file " + file + ": " + e.getMessage()
                        + "; check that the data directory is writable", e);
            }
        }
    }

    private List<IngestKey> read() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        try {
            KeyFile parsed = JSON.readValue(content, KeyFile.class);
            if (parsed.version() != FORMAT_VERSION) {
                throw new IllegalStateException("the key file " + file + " has format version " + parsed.version()
                        + ", this Vigil reads version " + FORMAT_VERSION + "; use a matching Vigil version");
            }
            return parsed.keys() == null ? List.of() : parsed.keys();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the key file " + file + " is not valid: " + e.getOriginalMessage()
                    + "; restore it from a backup, or move it away and create new keys with 'vigil keys create'", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<IngestKey> keys) throws IOException {
        byte[] content = JSON.writeValueAsBytes(new KeyFile(FORMAT_VERSION, keys));
        Path temp = Files.createTempFile(directory, "." + FILE_NAME + "-", ".tmp", ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable; platforms that cannot open a directory (Windows) skip it. */
    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // the file content is synced already; only the rename may be lost on a crash
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
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

    /** The file as stored: a format version and the keys. */
    private record KeyFile(int version, List<IngestKey> keys) {
    }

    /** What identifies one version of the key file; the atomic rename gives every write a new file key. */
    private record FileStamp(Object fileKey, FileTime modified, long size) {

        static final FileStamp MISSING = new FileStamp(null, null, -1);

        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
            } catch (NoSuchFileException e) {
                return MISSING;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private record Snapshot(FileStamp stamp, Map<String, IngestKey> byId, List<IngestKey> inOrder) {
    }
}
