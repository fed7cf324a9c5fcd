package io.vigil.store.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.vigil.core.config.ConfigException;
import io.vigil.core.config.TlsConfig;
import io.vigil.store.EngineException;
import io.vigil.store.auth.RequestSigner;
import io.vigil.store.backend.EngineTransport;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS towards an engine whose certificate a private CA issued, over a real HTTPS server. */
class EngineTlsTest {

    @TempDir
    static Path directory;
    private static Path trustedCa;
    private static Path unknownCa;
    private static HttpsServer rightName;
    private static HttpsServer wrongName;
    private static HttpsServer unknownIssuer;

    @BeforeAll
    static void issueCertificatesAndServe() throws Exception {
        TestCertificates certificates = new TestCertificates(directory);
        trustedCa = certificates.authority("vigil-test-ca");
        unknownCa = certificates.authority("stranger-ca");
        rightName = serve(certificates.server("engine", "vigil-test-ca", "dns:localhost,ip:127.0.0.1"));
        wrongName = serve(certificates.server("elsewhere", "vigil-test-ca", "dns:engine.example.org"));
        unknownIssuer = serve(certificates.server("impostor", "stranger-ca", "dns:localhost,ip:127.0.0.1"));
    }

    @AfterAll
    static void stopServers() {
        for (HttpsServer server : new HttpsServer[] {rightName, wrongName, unknownIssuer}) {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    void trustsTheConfiguredCertificateAuthority() {
        assertThat(get(rightName, new TlsConfig(trustedCa, null))).isEqualTo(200);
    }

    @Test
    void refusesAServerItsCertificateAuthoritiesDidNotIssue() {
        assertThatThrownBy(() -> get(unknownIssuer, new TlsConfig(trustedCa, null)))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("TLS with the engine at https://127.0.0.1:")
                .hasMessageContaining("engine.tls.ca_file");
        assertThatThrownBy(() -> get(rightName, TlsConfig.defaults()))
                .as("the JDK's authorities alone do not know the private CA")
                .isInstanceOf(EngineException.class);
    }

    @Test
    void verifiesTheHostNameUnlessTurnedOff() {
        assertThatThrownBy(() -> get(wrongName, new TlsConfig(trustedCa, null)))
                .isInstanceOf(EngineException.class);
        assertThat(get(wrongName, new TlsConfig(trustedCa, false))).isEqualTo(200);
        assertThatThrownBy(() -> get(unknownIssuer, new TlsConfig(trustedCa, false)))
                .as("without host name verification the chain is still checked")
                .isInstanceOf(EngineException.class);
    }

    @Test
    void explainsAFileThatHoldsNoCertificate() throws Exception {
        Path notPem = Files.writeString(directory.resolve("not.pem"), "hello");

        assertThatThrownBy(() -> EngineTls.context(new TlsConfig(notPem, null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("engine.tls.ca_file " + notPem);
        assertThatThrownBy(() -> EngineTls.context(new TlsConfig(directory.resolve("absent.pem"), null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void readsEveryCertificateOfAPemBundle() throws Exception {
        Path bundle = directory.resolve("bundle.pem");
        Files.writeString(bundle, Files.readString(trustedCa) + Files.readString(unknownCa));

        assertThat(EngineTls.readCertificates(bundle)).hasSize(2);
        assertThat(get(unknownIssuer, new TlsConfig(bundle, null))).isEqualTo(200);
    }

    private static int get(HttpsServer server, TlsConfig tls) {
        URI base = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
        EngineTransport transport = new EngineTransport(base, RequestSigner.NONE, EngineTls.context(tls),
                Duration.ofSeconds(10));
        return transport.get("/").status();
    }

    private static HttpsServer serve(SSLContext context) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
