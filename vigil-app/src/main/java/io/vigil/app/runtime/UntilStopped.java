package io.vigil.app.runtime;

import java.util.concurrent.CountDownLatch;

/** Keeps a server command in the foreground until SIGTERM or Ctrl-C, then runs its clean-up once. */
public final class UntilStopped {

    private UntilStopped() {
    }

    /** Blocks until the JVM is asked to stop; {@code cleanUp} runs in the shutdown hook. */
    public static void await(Runnable cleanUp) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cleanUp.run();
            } finally {
                stopped.countDown();
            }
        }, "vigil-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
