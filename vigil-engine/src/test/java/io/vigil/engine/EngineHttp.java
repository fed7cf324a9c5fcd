package io.vigil.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to an engine in tests. */
final class EngineHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EngineHttp() {
    }

    static String get(URI engine, String path) {
        return send(HttpRequest.newBuilder(engine.resolve(path)).GET());
    }

    static String put(URI engine, String path, String json) {
        return send(HttpRequest.newBuilder(engine.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(response.request() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
