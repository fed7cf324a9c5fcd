package io.vigil.engine.node;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Ends the engine JVM when the process that started it ends, however it ends (kill -9 included), so no engine is
 * left holding the data directory. The owner holds the other end of our standard input: when it dies the stream
 * reaches its end. Watching the parent process is the backup.
 */
final class OwnerWatch {

    private static final Logger LOG = LogManager.getLogger(OwnerWatch.class);

    private OwnerWatch() {
    }

    static void start(Optional<ProcessHandle> owner) {
        // not a daemon: it also keeps the JVM alive, the node's own threads are daemons
        Thread stdin = new Thread(() -> {
            awaitEnd(System.in);
            exit("the standard input from the owning process closed");
        }, "vigil-engine-owner-stdin");
        stdin.start();
        owner.ifPresent(parent -> parent.onExit().thenRun(() -> exit("the owning process " + parent.pid() + " ended")));
    }

    private static void awaitEnd(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the owner sends nothing; only the end matters
            }
        } catch (IOException e) {
            // a broken pipe ends it too
        }
    }

    private static void exit(String why) {
        LOG.info("{}; stopping", why);
        System.exit(0);
    }
}
