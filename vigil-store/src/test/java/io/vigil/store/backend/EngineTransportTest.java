package io.vigil.store.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vigil.core.config.ConfigException;
import io.vigil.store.EngineException;
import io.vigil.store.auth.AuthorizationHeader;
import io.vigil.store.auth.AwsSigV4Signer;
import io.vigil.store.auth.RequestSigner;
import io.vigil.store.auth.SignableRequest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** What the transport puts on the wire, seen by a local HTTP server. */
class EngineTransportTest {

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();

    record Received(String method, URI uri, Map<String, String> headers, byte[] body) {
    }

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI(), headers,
                    exchange.getRequestBody().readAllBytes()));
            byte[] body = "{\"error\":{\"type\":\"illegal_argument_exception\",\"reason\":\"bad things\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/_bad") ? 400 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void normalizesTheEngineUrl() {
        assertThat(EngineTransport.baseUri("https://search.example.org:443/").toString())
                .isEqualTo("https://search.example.org");
        assertThat(EngineTransport.baseUri("http://127.0.0.1:9200").toString()).isEqualTo("http://127.0.0.1:9200");
        assertThat(EngineTransport.baseUri("https://proxy.example.org/es/").toString())
                .isEqualTo("https://proxy.example.org/es");
    }

    @Test
    void refusesUrlsWithCredentialsOrWithoutHttp() {
        assertThatThrownBy(() -> EngineTransport.baseUri("https://elastic:changeme@es.example.org:9200"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("engine.auth")
                .hasMessageNotContaining("changeme");
        assertThatThrownBy(() -> EngineTransport.baseUri("es.example.org:9200"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("https://host:port");
    }

    @Test
    void percentEncodesPathSegmentsStrictly() {
        assertThat(EngineTransport.path("vigil-ecs-*,vigil-x", "_search")).isEqualTo("/vigil-ecs-%2A%2Cvigil-x/_search");
        assertThat(EngineTransport.path("vigil-ecs-2026.11")).isEqualTo("/vigil-ecs-2026.11");
    }

    @Test
    void sendsTheAuthorizationHeaderAndBody() {
        EngineTransport transport = transport(AuthorizationHeader.basic("vigil", "pw"));

        EngineResponse response = transport.sendJson("PUT", "/_index_template/vigil-ecs",
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("priority", 200));

        assertThat(response.status()).isEqualTo(200);
        Received request = received.get();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.headers()).containsEntry("authorization", "Basic dmlnaWw6cHc=")
                .containsEntry("content-type", "application/json");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"priority\":200}");
    }

    @Test
    void signsWithSigV4ExactlyTheRequestThatReachesTheServer() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        AwsSigV4Signer signer = new AwsSigV4Signer(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
                "us-east-1", "es", clock);
        byte[] bulk = "{\"create\":{\"_index\":\"vigil-ecs-2026.11\",\"_id\":\"a\"}}\n{}\n".getBytes(StandardCharsets.UTF_8);

        transport(signer).send("POST", EngineTransport.path("vigil-ecs-*", "_bulk") + "?filter_path=items.*.status",
                bulk, bulk.length, "application/x-ndjson");

        // a verifier recomputes the signature from what arrived, as the service does
        Received request = received.get();
        URI arrived = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + request.uri().getRawPath()
                + "?" + request.uri().getRawQuery());
        Map<String, String> expected = signer.sign(new SignableRequest(request.method(), arrived,
                Map.of("Content-Type", request.headers().get("content-type")), request.body(), request.body().length));
        assertThat(request.uri().getRawPath()).isEqualTo("/vigil-ecs-%2A/_bulk");
        assertThat(request.headers().get("authorization")).isEqualTo(expected.get("Authorization"))
                .contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date");
        assertThat(request.headers().get("x-amz-content-sha256")).isEqualTo(expected.get("x-amz-content-sha256"));
    }

    @Test
    void reportsTheEnginesReasonAndAnUnreachableEngine() {
        EngineTransport transport = transport(RequestSigner.NONE);
        EngineResponse bad = transport.get("/_bad?pretty");

        assertThat(transport.refused("GET", "/_bad?pretty", bad)).hasMessage("the engine at " + transport.url()
                + " answered GET /_bad with HTTP 400: illegal_argument_exception: bad things");

        server.stop(0);
        assertThatThrownBy(() -> transport.get("/"))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("cannot reach the engine at " + transport.url() + " (GET /): ")
                .satisfies(e -> assertThat(((EngineException) e).retryable()).isTrue());
    }

    private EngineTransport transport(RequestSigner signer) {
        try {
            return new EngineTransport(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), signer,
                    SSLContext.getDefault(), Duration.ofSeconds(10));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
