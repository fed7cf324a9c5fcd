package io.vigil.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small folder of {@code ecs} inputs with known contents: 5 good documents (one file gzip, one in
 * a sub-folder) and 3 bad records: invalid JSON, no {@code @timestamp}, and one the engine's
 * mapping refuses ({@code source.ip} that is not an IP).
 */
final class IngestFiles {

    static final int GOOD = 5;
    static final int BAD = 3;

    private IngestFiles() {
    }

    static Path write(Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("a.ndjson"), """
                {"@timestamp":"2026-11-01T10:00:00Z","event":{"id":"evt-1","action":"ConsoleLogin"},"cloud":{"account":{"id":"111122223333"}}}
                {"@timestamp":"2026-11-01T10:00:01Z","message":"no event id: the id is a hash of this line"}
                {"@timestamp":"2026-11-01T10:00:02Z","message":"broken
                {"message":"no timestamp"}
                {"@timestamp":"2026-10-31T23:59:59Z","source":{"ip":"not-an-ip"}}
                """, StandardCharsets.UTF_8);
        Path nested = Files.createDirectories(inputs.resolve("more"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nested.resolve("b.log")))) {
            out.write("""
                    {"@timestamp":"2026-10-15T08:00:00Z","event":{"id":"evt-2"},"host":{"name":"web-1"}}
                    {"@timestamp":"2026-10-15T08:00:01Z","event":{"id":"evt-3"},"source":{"ip":"203.0.113.9"}}
                    {"@timestamp":"2026-09-30T08:00:01Z","event":{"id":"evt-4"}}
                    """.getBytes(StandardCharsets.UTF_8));
        }
        return inputs;
    }
}
