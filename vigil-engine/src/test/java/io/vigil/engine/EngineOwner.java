package io.vigil.engine;

import java.nio.file.Path;
import java.time.Duration;

/** A process that owns an engine and waits to be killed: {@code EngineOwner <data dir>} prints {@code <pid> <url>}. */
public final class EngineOwner {

    private EngineOwner() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedEngine engine = EmbeddedEngine.start(new EngineOptions(Path.of(args[0]), 512L << 20, 0, Duration.ofSeconds(90)));
        System.out.println(engine.pid() + " " + engine.url());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
