package io.vigil.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * One line the engine process writes on its standard output to tell its launcher how its start went:
 * {@code vigil-engine: ready 9200}, {@code vigil-engine: locked}, {@code vigil-engine: failed <message>}.
 */
public record EngineSignal(Kind kind, String detail) {

    public enum Kind {
        /** Ready to serve; the detail is the HTTP port. */
        READY,
        /** The data directory is locked by another node. */
        LOCKED,
        /** The HTTP port is taken. */
        PORT_IN_USE,
        /** Any other failure; the detail says what. */
        FAILED
    }

    private static final String PREFIX = "vigil-engine: ";

    public EngineSignal {
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").strip();
    }

    public static EngineSignal ready(int httpPort) {
        return new EngineSignal(Kind.READY, Integer.toString(httpPort));
    }

    public String line() {
        return PREFIX + kind.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : " " + detail);
    }

    /** The signal on this line; empty for any other output. */
    public static Optional<EngineSignal> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split(" ", 2);
        for (Kind kind : Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(parts[0])) {
                return Optional.of(new EngineSignal(kind, parts.length > 1 ? parts[1] : ""));
            }
        }
        return Optional.empty();
    }
}
