package io.vigil.store;

/** The engine families Vigil talks to; each has its own {@link SearchBackend} implementation. */
public enum EngineFamily {
    OPENSEARCH("OpenSearch"),
    ELASTICSEARCH("Elasticsearch");

    private final String displayName;

    EngineFamily(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
