package io.vigil.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of {@code engine.json}: which engine serves a data directory and which process owns it.
 * Written by the engine once it is ready, deleted when it stops cleanly.
 *
 * @param url      the engine's HTTP address
 * @param pid      the engine process
 * @param ownerPid the process that started it (the engine stops when its owner ends)
 */
public record EngineRecord(URI url, long pid, long ownerPid) {

    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");
    private static final Pattern OWNER_PID = Pattern.compile("\"owner_pid\"\\s*:\\s*(\\d+)");

    /** The record in {@code file}; empty when there is none or it cannot be read. */
    public static Optional<EngineRecord> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<EngineRecord> parse(String json) {
        Matcher url = URL.matcher(json);
        Matcher pid = PID.matcher(json);
        Matcher owner = OWNER_PID.matcher(json);
        if (!url.find() || !pid.find() || !owner.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EngineRecord(URI.create(url.group(1)), Long.parseLong(pid.group(1)),
                    Long.parseLong(owner.group(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String toJson() {
        return "{\"url\":\"" + url + "\",\"pid\":" + pid + ",\"owner_pid\":" + ownerPid + "}\n";
    }

    /** Writes the record so that readers never see half of it. */
    public void write(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public boolean engineAlive() {
        return alive(pid);
    }

    public boolean ownerAlive() {
        return alive(ownerPid);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
