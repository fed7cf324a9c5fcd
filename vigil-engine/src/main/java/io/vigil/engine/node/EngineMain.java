package io.vigil.engine.node;

import io.vigil.engine.EngineDirectory;
import io.vigil.engine.EngineRecord;
import io.vigil.engine.EngineSignal;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The engine JVM: {@code EngineMain <engine directory> <http port or 0>}. Starts the node, reports on standard
 * output with an {@link EngineSignal}, and stops the node when its owner ends (standard input reaches its end, or
 * the parent process is gone) or on SIGTERM / Ctrl-C.
 */
public final class EngineMain {

    private static final Logger LOG = LogManager.getLogger(EngineMain.class);

    private EngineMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EngineMain <engine directory> <http port, 0 for a free one>");
            System.exit(2);
        }
        EngineDirectory directory = new EngineDirectory(Path.of(args[0]));
        int httpPort = Integer.parseInt(args[1]);
        Optional<ProcessHandle> owner = ProcessHandle.current().parent();
        OwnerWatch.start(owner);
        try {
            EngineNode node = new EngineNode(directory, httpPort);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, directory), "vigil-engine-stop"));
            node.start();
            node.awaitReady();
            int port = node.httpPort();
            new EngineRecord(URI.create("http://127.0.0.1:" + port), ProcessHandle.current().pid(),
                    owner.map(ProcessHandle::pid).orElse(0L)).write(directory.recordFile());
            LOG.info("ready on http://127.0.0.1:{}", port);
            signal(EngineSignal.ready(port));
        } catch (Throwable e) {
            LOG.error("the engine failed to start", e);
            signal(failure(e));
            System.exit(1);
        }
    }

    private static EngineSignal failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // NodeEnvironment reports the held node lock with this message and no cause
            if (t instanceof LockObtainFailedException
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("failed to obtain node locks")) {
                return new EngineSignal(EngineSignal.Kind.LOCKED, "");
            }
            if (t instanceof BindException) {
                return new EngineSignal(EngineSignal.Kind.PORT_IN_USE, "");
            }
        }
        return new EngineSignal(EngineSignal.Kind.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static void signal(EngineSignal signal) {
        System.out.println(signal.line());
        System.out.flush();
    }

    private static void stop(EngineNode node, EngineDirectory directory) {
        LOG.info("stopping");
        try {
            node.close();
            node.awaitClose(20, TimeUnit.SECONDS);
            EngineRecord.read(directory.recordFile())
                    .filter(r -> r.pid() == ProcessHandle.current().pid())
                    .ifPresent(r -> deleteQuietly(directory.recordFile()));
            LOG.info("stopped");
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOG.error("stopping the engine failed", e);
        } finally {
            LogManager.shutdown();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", file, e);
        }
    }
}
