package io.vigil.store.engines;

import io.vigil.store.EngineFamily;

/** A real engine a test runs against, which the test may kill and restart on the same port and data. */
public interface TestEngine extends AutoCloseable {

    EngineFamily family();

    /** The HTTP base URL, e.g. {@code http://127.0.0.1:41234}. */
    String url();

    /** The process id of the engine's server JVM. */
    long pid();

    /** Kills the engine process with SIGKILL and waits until it is gone. */
    void kill();

    /** Starts the engine again on the same port and data directory, and waits until it answers. */
    void restart();

    /** Stops the engine and removes its data. */
    @Override
    void close();
}
