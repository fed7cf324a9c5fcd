package io.vigil.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The engine's files under {@code <dataDir>/engine}: its data, its logs and the record of the running engine. */
public record EngineDirectory(Path root) {

    public EngineDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public static EngineDirectory of(Path dataDir) {
        return new EngineDirectory(dataDir.resolve("engine"));
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The node's own log. */
    public Path logFile() {
        return logs().resolve("vigil-engine.log");
    }

    /** What the engine JVM itself prints (JVM errors before logging starts). */
    public Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** {@code engine.json}: the URL and pid of the engine serving this directory, present while it runs. */
    public Path recordFile() {
        return root.resolve("engine.json");
    }

    /** Creates the directories and proves they can be written, before any JVM is started. */
    void prepare(Path dataDir) {
        try {
            Files.createDirectories(data());
            Files.createDirectories(logs());
            Files.delete(Files.createTempFile(root, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new EngineStartException("the data directory " + dataDir + " cannot be written (" + reason(e)
                    + "); choose another data directory or fix its permissions", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.toString();
    }
}
