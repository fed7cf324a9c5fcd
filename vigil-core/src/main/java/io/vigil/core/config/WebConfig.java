package io.vigil.core.config;

/**
 * The HTTP server of {@code vigil serve}.
 *
 * @param host                where it listens (default 127.0.0.1)
 * @param port                its port (default 8080; 0 picks a free one)
 * @param maxBody             largest request body as sent (default 10mb)
 * @param maxDecompressedBody largest request body after gzip decompression (default 100mb)
 * @param maxConcurrentIngest ingest requests handled at once; more are answered 503 with Retry-After,
 *                            which bounds the memory requests take (default 4)
 * @param login               sign-in and sessions of the web app
 * @param tls                 HTTPS from a certificate file, or null for plain HTTP
 */
public record WebConfig(String host, Integer port, ByteSize maxBody, ByteSize maxDecompressedBody,
                        Integer maxConcurrentIngest, LoginConfig login, ServerTlsConfig tls) {

    public WebConfig {
        host = host == null ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        maxBody = maxBody == null ? ByteSize.mebibytes(10) : maxBody;
        maxDecompressedBody = maxDecompressedBody == null ? ByteSize.mebibytes(100) : maxDecompressedBody;
        maxConcurrentIngest = maxConcurrentIngest == null ? 4 : maxConcurrentIngest;
        login = login == null ? LoginConfig.defaults() : login;
    }

    public static WebConfig defaults() {
        return new WebConfig(null, null, null, null, null, null, null);
    }

    public WebConfig withTls(ServerTlsConfig newTls) {
        return new WebConfig(host, port, maxBody, maxDecompressedBody, maxConcurrentIngest, login, newTls);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, maxBody, maxDecompressedBody, maxConcurrentIngest, login, tls);
    }
}
