package io.vigil.store.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A private certificate authority and server certificates it issued, made with the JDK's keytool
 * in a directory.
 */
final class TestCertificates {

    private static final String PASSWORD = "test-only";

    private final Path directory;

    TestCertificates(Path directory) {
        this.directory = directory;
    }

    /** Creates the CA {@code name}; returns its certificate as a PEM file. */
    Path authority(String name) throws IOException {
        keytool("-genkeypair", "-keystore", store(name), "-alias", "ca", "-dname", "CN=" + name,
                "-keyalg", "EC", "-groupname", "secp256r1", "-ext", "bc:c", "-validity", "2");
        Path pem = directory.resolve(name + ".pem");
        keytool("-exportcert", "-rfc", "-keystore", store(name), "-alias", "ca", "-file", pem.toString());
        return pem;
    }

    /** A server key and certificate for the names (e.g. {@code dns:localhost,ip:127.0.0.1}), issued by the CA. */
    SSLContext server(String name, String authority, String subjectAlternativeNames) throws Exception {
        keytool("-genkeypair", "-keystore", store(name), "-alias", "server", "-dname", "CN=" + name,
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2");
        Path request = directory.resolve(name + ".csr");
        Path certificate = directory.resolve(name + ".crt");
        keytool("-certreq", "-keystore", store(name), "-alias", "server", "-file", request.toString());
        keytool("-gencert", "-keystore", store(authority), "-alias", "ca", "-infile", request.toString(),
                "-outfile", certificate.toString(), "-rfc", "-validity", "2", "-ext", "san=" + subjectAlternativeNames);
        keytool("-importcert", "-noprompt", "-keystore", store(name), "-alias", "ca",
                "-file", directory.resolve(authority + ".pem").toString());
        keytool("-importcert", "-noprompt", "-keystore", store(name), "-alias", "server",
                "-file", certificate.toString());

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(store(name)))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private String store(String name) {
        return directory.resolve(name + ".p12").toString();
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
