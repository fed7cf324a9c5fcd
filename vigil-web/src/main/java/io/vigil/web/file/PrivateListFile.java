package io.vigil.web.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of records kept in one JSON file of the data directory, {@code {"version": 1, "<field>": [...]}},
 * readable by its owner only (mode 600). Writes are atomic (temporary file, fsync, atomic rename) and
 * serialized across processes by a lock file beside it; readers notice a changed file by its size,
 * modification time and file key, so a running server sees what a command in another process wrote.
 *
 * @param <E> the record type, mapped with snake_case names
 */
public final class PrivateListFile<E> {

    private static final int FORMAT_VERSION = 1;
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
    private final String field;
    private final JavaType listType;
    private final String what;
    private final String recovery;
    private volatile Snapshot<E> snapshot = new Snapshot<>(FileStamp.MISSING, List.of());

    /**
     * @param file     where the list is kept
     * @param field    the name of the list in the file, e.g. {@code users}
     * @param type     the record type
     * @param what     how error messages name the file, e.g. {@code user file}
     * @param recovery what a user can do when the file is corrupt, ending an error message
     */
    public PrivateListFile(Path file, String field, Class<E> type, String what, String recovery) {
        this.file = file.toAbsolutePath().normalize();
        this.directory = this.file.getParent();
        this.field = field;
        this.listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
        this.what = what;
        this.recovery = recovery;
    }

    public Path path() {
        return file;
    }

    /** The records as on disk (empty while there is no file), re-read only when the file changed. */
    public List<E> read() {
        FileStamp stamp = FileStamp.of(file, what);
        Snapshot<E> seen = snapshot;
        if (seen.stamp().equals(stamp)) {
            return seen.records();
        }
        synchronized (this) {
            if (!snapshot.stamp().equals(stamp)) {
                // the stamp was taken before reading: a file replaced in between is simply read again next time
                snapshot = new Snapshot<>(stamp, List.copyOf(load()));
            }
            return snapshot.records();
        }
    }

    /**
     * Applies a change to the records as they are on disk, under the lock, and writes them back when
     * the change altered them. The change gets a mutable copy; what it returns is returned, and what it
     * throws leaves the file as it was.
     */
    public <R> R modify(Function<List<E>, R> change) {
        synchronized (WRITERS) {
            try {
                Files.createDirectories(directory);
                try (FileChannel lockFile = FileChannel.open(directory.resolve(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockFile.lock()) {
                    List<E> before = load();
                    List<E> records = new ArrayList<>(before);
                    R result = change.apply(records);
                    if (!records.equals(before)) {
                        write(records);
                    }
                    return result;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the " + what + " " + file + ": " + e.getMessage()
                        + "; check that the data directory is writable", e);
            }
        }
    }

    private List<E> load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode root = JSON.readTree(content);
            int version = root.path("version").asInt(-1);
            if (version != FORMAT_VERSION) {
                throw new IllegalStateException("the " + what + " " + file + " has format version " + version
                        + ", this Vigil reads version " + FORMAT_VERSION + "; use a matching Vigil version");
            }
            JsonNode records = root.path(field);
            return records.isMissingNode() || records.isNull() ? List.of() : JSON.treeToValue(records, listType);
        } catch (JsonProcessingException e) {
            // the original message leaves out the location, which may quote the file's content
            throw new IllegalStateException("the " + what + " " + file + " is not valid: " + e.getOriginalMessage()
                    + "; " + recovery, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<E> records) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.set(field, JSON.valueToTree(records));
        byte[] content = JSON.writeValueAsBytes(root);
        Path temp = Files.createTempFile(directory, "." + file.getFileName() + "-", ".tmp", ownerOnly());
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

    /** What identifies one version of the file; the atomic rename gives every write a new file key. */
    private record FileStamp(Object fileKey, FileTime modified, long size) {

        static final FileStamp MISSING = new FileStamp(null, null, -1);

        static FileStamp of(Path file, String what) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
            } catch (NoSuchFileException e) {
                return MISSING;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private record Snapshot<E>(FileStamp stamp, List<E> records) {
    }
}
