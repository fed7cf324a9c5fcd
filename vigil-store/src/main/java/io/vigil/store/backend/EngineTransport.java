package io.vigil.store.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.ConfigException;
import io.vigil.core.config.EngineConfig;
import io.vigil.store.EngineException;
import io.vigil.store.auth.RequestSigner;
import io.vigil.store.auth.RequestSigners;
import io.vigil.store.auth.SignableRequest;
import io.vigil.store.tls.EngineTls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * The one HTTP path to an engine: the JDK HTTP client over HTTP/1.1, with the configured TLS trust
 * and every request authenticated by the {@link RequestSigner}. Paths given to it are already
 * percent-encoded (see {@link #path}).
 */
public final class EngineTransport {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    private final URI base;
    private final RequestSigner signer;
    private final HttpClient client;
    private final Duration timeout;

    public EngineTransport(URI base, RequestSigner signer, SSLContext ssl, Duration timeout) {
        this.base = base;
        this.signer = signer;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(ssl)
                .build();
    }

    /** The transport {@code engine.url}, {@code engine.auth} and {@code engine.tls} describe. */
    public static EngineTransport create(EngineConfig config, Map<String, String> env, Duration timeout) {
        return new EngineTransport(baseUri(config.url()), RequestSigners.from(config.auth(), env),
                EngineTls.context(config.tls()), timeout);
    }

    /** The engine URL checked and normalized: http(s), a host, no credentials, no default port. */
    static URI baseUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigException("engine.url '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigException("engine.url must look like https://host:port, got a URL without "
                    + (uri.getHost() == null ? "a host" : "http or https"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigException("engine.url must not hold credentials; give them in engine.auth");
        }
        int port = uri.getPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getHost() + (port == -1 || defaultPort ? "" : ":" + port) + path);
    }

    /** The engine's URL, safe to show. */
    public String url() {
        return base.toString();
    }

    /** A request path of percent-encoded segments: {@code path("_index_template", name)}. */
    public static String path(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(encode(segment));
        }
        return path.toString();
    }

    /** Percent-encodes all but RFC 3986 unreserved characters, as SigV4 expects on the wire. */
    static String encode(String segment) {
        StringBuilder encoded = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    public EngineResponse get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, 0, null);
    }

    public EngineResponse sendJson(String method, String pathAndQuery, JsonNode body) {
        if (body == null) {
            return send(method, pathAndQuery, null, 0, null);
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON", e);
        }
        return send(method, pathAndQuery, bytes, bytes.length, JSON_TYPE);
    }

    /** Sends and expects a 2xx JSON answer. */
    public JsonNode json(String method, String pathAndQuery, JsonNode body) {
        EngineResponse response = sendJson(method, pathAndQuery, body);
        if (!response.ok()) {
            throw refused(method, pathAndQuery, response);
        }
        return response.json();
    }

    /**
     * Sends the first {@code length} bytes of {@code body} (none when it is null).
     *
     * @throws EngineException when no answer comes back; any HTTP answer is returned
     */
    public EngineResponse send(String method, String pathAndQuery, byte[] body, int length, String contentType) {
        URI uri = URI.create(base + pathAndQuery);
        Map<String, String> headers = body == null ? Map.of() : Map.of("Content-Type", contentType);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
        headers.forEach(request::header);
        signer.sign(new SignableRequest(method, uri, headers, body == null ? NO_BODY : body, length))
                .forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new EngineResponse(response.statusCode(), response.headers(), response.body());
        } catch (SSLException e) {
            throw new EngineException("TLS with the engine at " + url() + " failed (" + e.getMessage()
                    + "); for a private certificate authority set engine.tls.ca_file", e);
        } catch (IOException e) {
            throw new EngineException("cannot reach the engine at " + url() + " (" + method + " "
                    + withoutQuery(pathAndQuery) + "): " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for the engine at " + url(), e);
        }
    }

    /** The error for a non-2xx answer, with the engine's own reason. */
    public EngineException refused(String method, String pathAndQuery, EngineResponse response) {
        String reason = switch (response.status()) {
            case 401 -> "the engine refused Vigil's credentials; check engine.auth";
            case 403 -> "the engine's user lacks a permission: " + reasonOf(response);
            default -> reasonOf(response);
        };
        return new EngineException(response.status(), "the engine at " + url() + " answered " + method + " "
                + withoutQuery(pathAndQuery) + " with HTTP " + response.status() + ": " + reason);
    }

    private static String withoutQuery(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** {@code type: reason} from an engine error body, or the body itself. */
    static String reasonOf(EngineResponse response) {
        try {
            JsonNode error = response.json().path("error");
            if (error.isObject()) {
                return error.path("type").asText() + ": " + error.path("reason").asText();
            }
            if (error.isTextual()) {
                return error.asText();
            }
        } catch (RuntimeException notJson) {
            // fall through to the raw body
        }
        return response.abbreviated();
    }

    private static String describe(IOException e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
