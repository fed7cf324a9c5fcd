package io.vigil.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Follows the engine process's standard output: completes with its first {@link EngineSignal}, or with empty
 * when the output ends without one (the process died), and keeps draining so the process never blocks on it.
 */
final class EngineOutput {

    private final CompletableFuture<Optional<EngineSignal>> firstSignal = new CompletableFuture<>();

    private EngineOutput() {
    }

    static EngineOutput follow(Process process) {
        EngineOutput output = new EngineOutput();
        Thread reader = new Thread(() -> output.drain(process), "vigil-engine-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    CompletableFuture<Optional<EngineSignal>> firstSignal() {
        return firstSignal;
    }

    private void drain(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                EngineSignal.parse(line).ifPresent(signal -> firstSignal.complete(Optional.of(signal)));
            }
        } catch (IOException e) {
            // the stream closed: the process is gone
        } finally {
            firstSignal.complete(Optional.empty());
        }
    }
}
