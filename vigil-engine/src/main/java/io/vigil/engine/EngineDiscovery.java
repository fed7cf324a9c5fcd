package io.vigil.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Finds an engine that another Vigil process (e.g. {@code vigil serve}) runs on a data directory. */
public final class EngineDiscovery {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private EngineDiscovery() {
    }

    /** A live engine already serving this data directory: its URL. */
    public static Optional<URI> running(Path dataDir) {
        return EngineRecord.read(EngineDirectory.of(dataDir).recordFile())
                // an engine whose owner has ended is on its way out
                .filter(r -> r.engineAlive() && r.ownerAlive())
                .map(EngineRecord::url)
                .filter(EngineDiscovery::answers);
    }

    private static boolean answers(URI url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(PROBE_TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
