package io.vigil.store.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server whose chain any of the given trust managers accepts. With host name
 * verification off, the checks that carry the connection (and so the expected host name) are
 * replaced by the plain chain checks, which verify the chain only.
 */
final class EngineTrustManager extends X509ExtendedTrustManager {

    private final List<X509ExtendedTrustManager> delegates;
    private final boolean verifyHostname;

    EngineTrustManager(List<X509ExtendedTrustManager> delegates, boolean verifyHostname) {
        this.delegates = List.copyOf(delegates);
        this.verifyHostname = verifyHostname;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(manager -> {
            if (verifyHostname) {
                manager.checkServerTrusted(chain, authType, engine);
            } else {
                manager.checkServerTrusted(chain, authType);
            }
        });
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(manager -> {
            if (verifyHostname) {
                manager.checkServerTrusted(chain, authType, socket);
            } else {
                manager.checkServerTrusted(chain, authType);
            }
        });
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(manager -> manager.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("Vigil's engine client does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("Vigil's engine client does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Vigil's engine client does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegates.stream().flatMap(manager -> Stream.of(manager.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }

    private void check(Check check) throws CertificateException {
        // the last refusal is the configured CA file's, the most telling one when that file is given
        CertificateException refusal = null;
        for (X509ExtendedTrustManager manager : delegates) {
            try {
                check.against(manager);
                return;
            } catch (CertificateException e) {
                if (refusal != null) {
                    e.addSuppressed(refusal);
                }
                refusal = e;
            }
        }
        throw refusal;
    }

    private interface Check {
        void against(X509ExtendedTrustManager manager) throws CertificateException;
    }
}
