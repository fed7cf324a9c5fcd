package io.vigil.store.tls;

import io.vigil.core.config.ConfigException;
import io.vigil.core.config.TlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context for an external engine: the JDK's certificate authorities plus those of
 * {@code engine.tls.ca_file}, with host name verification unless it is turned off.
 */
public final class EngineTls {

    private EngineTls() {
    }

    public static SSLContext context(TlsConfig tls) {
        try {
            if (tls.caFile() == null && tls.verifyHostname()) {
                return SSLContext.getDefault();
            }
            List<X509ExtendedTrustManager> trusted = new ArrayList<>();
            trusted.add(trustManager(null));
            if (tls.caFile() != null) {
                trusted.add(trustManager(keyStoreOf(readCertificates(tls.caFile()))));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EngineTrustManager(trusted, tls.verifyHostname())}, null);
            return context;
        } catch (NoSuchAlgorithmException | java.security.KeyManagementException e) {
            throw new IllegalStateException("this Java runtime cannot set up TLS", e);
        }
    }

    /** The certificates of a PEM file (one or more {@code BEGIN CERTIFICATE} blocks). */
    public static List<X509Certificate> readCertificates(Path pemFile) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pemFile)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new ConfigException("engine.tls.ca_file " + pemFile + " cannot be read: " + e.getMessage());
        } catch (CertificateException e) {
            throw new ConfigException("engine.tls.ca_file " + pemFile
                    + " is not a PEM certificate file (" + e.getMessage() + "); give the CA certificate(s) in PEM form");
        }
        if (certificates.isEmpty()) {
            throw new ConfigException("engine.tls.ca_file " + pemFile + " holds no certificate");
        }
        return certificates.stream().map(X509Certificate.class::cast).toList();
    }

    private static KeyStore keyStoreOf(List<X509Certificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("vigil-ca-" + i, certificates.get(i));
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("an in-memory trust store cannot be built", e);
        }
    }

    /** The X.509 trust manager for a key store, or for the JDK's own authorities when it is null. */
    private static X509ExtendedTrustManager trustManager(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X.509 trust manager in this Java runtime");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot build a trust manager", e);
        }
    }
}
