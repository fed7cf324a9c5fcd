package io.vigil.core.config;

import java.nio.file.Path;

/**
 * TLS towards an external engine.
 *
 * @param caFile         PEM file with the certificate authorities to trust (besides the JDK's), for self-run clusters
 * @param verifyHostname check the server name against its certificate (default true)
 */
public record TlsConfig(Path caFile, Boolean verifyHostname) {

    public TlsConfig {
        verifyHostname = verifyHostname == null ? Boolean.TRUE : verifyHostname;
    }

    public static TlsConfig defaults() {
        return new TlsConfig(null, null);
    }
}
