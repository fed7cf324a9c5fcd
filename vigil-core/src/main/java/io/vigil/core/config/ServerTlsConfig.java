package io.vigil.core.config;

import java.nio.file.Path;

/**
 * HTTPS for the web server ({@code web.tls}): a certificate chain and its private key, both PEM files
 * (the key as PKCS#8 {@code PRIVATE KEY}, or the PKCS#1 RSA / SEC 1 EC forms, unencrypted; keep the
 * file readable only by Vigil's user). Without it the server speaks plain HTTP, for a proxy in front.
 */
public record ServerTlsConfig(Path certificateFile, Path privateKeyFile) {
}
