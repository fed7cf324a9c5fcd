package io.vigil.core.config;

/**
 * The search engine. With no {@code url} Vigil starts its embedded OpenSearch node under the data
 * directory; with a URL it uses that cluster (OpenSearch 2.x/3.x, Elasticsearch 8.x/9.x).
 */
public record EngineConfig(String url, AuthConfig auth, TlsConfig tls, EmbeddedEngineConfig embedded) {

    public EngineConfig {
        url = url == null || url.isBlank() ? null : url.strip();
        auth = auth == null ? AuthConfig.none() : auth;
        tls = tls == null ? TlsConfig.defaults() : tls;
        embedded = embedded == null ? EmbeddedEngineConfig.defaults() : embedded;
    }

    public static EngineConfig defaults() {
        return new EngineConfig(null, null, null, null);
    }

    public static EngineConfig external(String url) {
        return new EngineConfig(url, null, null, null);
    }

    public boolean isEmbedded() {
        return url == null;
    }

    public EngineConfig withUrl(String newUrl) {
        return new EngineConfig(newUrl, auth, tls, embedded);
    }
}
