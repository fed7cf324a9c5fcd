package io.vigil.store.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An HTTP answer from the engine. */
public record EngineResponse(int status, HttpHeaders headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public JsonNode json() {
        try {
            return EngineTransport.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the engine answered HTTP " + status + " with a body that is not JSON: "
                    + abbreviated(), e);
        }
    }

    /** The start of the body, for error messages. */
    public String abbreviated() {
        String text = new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
        return body.length > 500 ? text + "..." : text;
    }
}
