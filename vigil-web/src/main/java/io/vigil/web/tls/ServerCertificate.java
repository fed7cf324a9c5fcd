package io.vigil.web.tls;

import io.vigil.core.config.ServerTlsConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The web server's certificate chain and private key, read from the PEM files of {@code web.tls} into
 * an in-memory key store for Jetty. Errors name the file and what it should hold.
 */
public final class ServerCertificate {

    /** The in-memory key store's password: it never leaves the process. */
    static final char[] STORE_PASSWORD = "vigil-in-memory".toCharArray();
    static final String ALIAS = "vigil";

    private ServerCertificate() {
    }

    public static KeyStore load(ServerTlsConfig tls) {
        List<X509Certificate> chain = certificates(tls.certificateFile());
        PrivateKey key = privateKey(tls.privateKeyFile());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, STORE_PASSWORD, chain.toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("web.tls: the private key in " + tls.privateKeyFile()
                    + " does not go with the certificate in " + tls.certificateFile() + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> certificates(Path file) {
        List<X509Certificate> chain = new ArrayList<>();
        try (PEMParser pem = parser(file, "web.tls.certificate_file")) {
            Object item;
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            while ((item = pem.readObject()) != null) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("web.tls.certificate_file: " + file + " is not a readable PEM file: "
                    + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("web.tls.certificate_file: " + file
                    + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----, the server's first)");
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file) {
        try (PEMParser pem = parser(file, "web.tls.private_key_file")) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            Object item;
            while ((item = pem.readObject()) != null) {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("web.tls.private_key_file: " + file + " is not a readable PEM file: "
                    + e.getMessage(), e);
        }
        throw new IllegalArgumentException("web.tls.private_key_file: " + file + " holds no unencrypted private key"
                + " (expected PEM: PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    private static PEMParser parser(Path file, String key) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(key + ": cannot read " + file);
        }
        Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        return new PEMParser(reader);
    }
}
