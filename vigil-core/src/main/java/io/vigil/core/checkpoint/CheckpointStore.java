package io.vigil.core.checkpoint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Durable positions of continuous sources (an SQS queue, a tailed file, an API cursor), one JSON file
 * per stream. A write goes to a temporary file that is synced and then atomically renamed over the
 * old one, and the directory is synced: after a crash at any point the file holds either the old or
 * the new checkpoint, never a torn one. Callers write only after the engine acknowledged.
 */
public final class CheckpointStore {

    private static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String SUFFIX = ".json";
    private static final String TEMPORARY = ".tmp";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> POSITIONS = new TypeReference<>() {
    };

    private final Path directory;

    public CheckpointStore(Path directory) {
        this.directory = directory;
    }

    /** The checkpoints of a Vigil data directory. */
    public static CheckpointStore of(Path dataDir) {
        return new CheckpointStore(dataDir.resolve("checkpoints"));
    }

    public synchronized Optional<String> get(String stream, String key) {
        return Optional.ofNullable(read(stream).get(key));
    }

    public synchronized Map<String, String> positions(String stream) {
        return Collections.unmodifiableMap(read(stream));
    }

    /** Records a position; durable when this returns. */
    public synchronized void put(String stream, String key, String value) {
        TreeMap<String, String> positions = read(stream);
        positions.put(key, value);
        write(stream, positions);
    }

    /** Every stream with its positions, for {@code vigil status}. */
    public synchronized Map<String, Map<String, String>> streams() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return all;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String stream = name.substring(0, name.length() - SUFFIX.length());
                all.put(stream, read(stream));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoints in " + directory + " cannot be listed", e);
        }
        return all;
    }

    private TreeMap<String, String> read(String stream) {
        Path file = fileOf(stream);
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), POSITIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint file " + file + " cannot be read (" + e.getMessage()
                    + "); move it aside to restart that source from its beginning", e);
        }
    }

    private void write(String stream, TreeMap<String, String> positions) {
        Path file = fileOf(stream);
        Path temporary = file.resolveSibling(file.getFileName() + TEMPORARY);
        try {
            Files.createDirectories(directory);
            byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(positions);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint " + stream + " cannot be written to " + directory, e);
        }
    }

    /** Makes the rename itself durable (POSIX: a directory's entries are flushed by syncing the directory). */
    private void syncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot sync a directory; the rename is still atomic there.
        }
    }

    private Path fileOf(String stream) {
        if (!STREAM_NAME.matcher(stream).matches()) {
            throw new IllegalArgumentException("checkpoint stream name '" + stream
                    + "' must be 1-100 characters of letters, digits, '.', '_' or '-'");
        }
        return directory.resolve(stream + SUFFIX);
    }
}
