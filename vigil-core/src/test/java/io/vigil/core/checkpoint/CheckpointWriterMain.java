package io.vigil.core.checkpoint;

import java.nio.file.Path;

/** Writes checkpoints in a loop and prints each one once it is durable; killed by {@link CheckpointStoreTest}. */
public final class CheckpointWriterMain {

    private CheckpointWriterMain() {
    }

    public static void main(String[] args) {
        CheckpointStore store = new CheckpointStore(Path.of(args[0]));
        for (long n = 1; ; n++) {
            store.put("loop", "n", Long.toString(n));
            System.out.println(n);
            System.out.flush();
        }
    }
}
