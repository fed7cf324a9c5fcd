package io.vigil.web.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.config.ServerTlsConfig;
import io.vigil.core.config.WebConfig;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.web.EngineHealth;
import io.vigil.web.StoreStats;
import io.vigil.web.WebServer;
import io.vigil.web.auth.AuthSettings;
import io.vigil.web.auth.Authentication;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.Role;
import io.vigil.web.users.UserStore;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTlsTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpsFromPemFilesWithSecureSessionCookiesAndHsts() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate certificate = selfSigned(pair, "SHA256withRSA");
        Path certificateFile = pem(dir.resolve("server.crt"), certificate);
        Path keyFile = pem(dir.resolve("server.key"), pair.getPrivate()); // PKCS#1: RSA PRIVATE KEY
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        UserStore users = new UserStore(dir, Clock.systemUTC());
        users.add("ana", "correct horse battery staple", List.of(Role.DEVELOPER), List.of("*"));

        try (WebServer server = server(new ServerTlsConfig(certificateFile, keyFile), users).start()) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(certificate))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            assertThat(server.url().getScheme()).isEqualTo("https");

            HttpResponse<String> health = https.send(HttpRequest.newBuilder(server.url().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    value -> assertThat(value).contains("max-age="));

            HttpResponse<String> login = https.send(HttpRequest.newBuilder(server.url().resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=ana&password="
                            + URLEncoder.encode("correct horse battery staple", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                    assertThat(cookie).startsWith("vigil_session=").contains("Secure").contains("HttpOnly"));
        }
    }

    @Test
    void readsPkcs8Keys() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Path certificateFile = pem(dir.resolve("server.crt"), selfSigned(pair, "SHA256withECDSA"));
        Path keyFile = pem(dir.resolve("server.key"), new JcaPKCS8Generator(pair.getPrivate(), null).generate());
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");

        java.security.KeyStore store = ServerCertificate.load(new ServerTlsConfig(certificateFile, keyFile));

        assertThat(store.getKey(ServerCertificate.ALIAS, ServerCertificate.STORE_PASSWORD)).isEqualTo(pair.getPrivate());
    }

    @Test
    void aFileWithoutAKeyIsNamedInTheError() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Path certificateFile = pem(dir.resolve("server.crt"), selfSigned(pair, "SHA256withECDSA"));
        ServerTlsConfig swapped = new ServerTlsConfig(certificateFile, certificateFile);

        assertThatThrownBy(() -> server(swapped, new UserStore(dir, Clock.systemUTC())).start())
                .hasMessageContaining("web.tls.private_key_file").hasMessageContaining("server.crt")
                .hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> ServerCertificate.load(new ServerTlsConfig(dir.resolve("none.crt"), certificateFile)))
                .hasMessageContaining("cannot read").hasMessageContaining("none.crt");
    }

    private WebServer server(ServerTlsConfig tls, UserStore users) {
        Clock clock = Clock.systemUTC();
        IngestService ingest = new IngestService(new DatasetRegistry(), List.of(), null, clock, Duration.ofSeconds(1));
        return new WebServer(WebConfig.defaults().withPort(0).withTls(tls),
                new Authentication(new KeyStore(dir, clock), users, new AuthSettings(null, null, null, null, null,
                        Duration.ZERO), clock), ingest, () -> new StoreStats(Map.of(), 0), () -> new EngineHealth(true, "test"));
    }

    private static X509Certificate selfSigned(KeyPair pair, String signature) throws Exception {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minusSeconds(60)), Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
    }

    private static Path pem(Path file, Object item) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(item);
        }
        return Files.writeString(file, text.toString());
    }

    private static SSLContext trusting(X509Certificate certificate) throws Exception {
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
