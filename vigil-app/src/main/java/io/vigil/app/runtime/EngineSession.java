package io.vigil.app.runtime;

import io.vigil.core.config.EngineConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.engine.EmbeddedEngine;
import io.vigil.engine.EngineDiscovery;
import io.vigil.engine.EngineOptions;
import io.vigil.store.SearchBackend;
import io.vigil.store.SearchBackends;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The engine a command works with: the external cluster of {@code engine.url}; else the embedded
 * engine that a running {@code vigil serve} already has on this data directory; else an embedded
 * engine started now and stopped with the session.
 */
public final class EngineSession implements AutoCloseable {

    /** How the session reached its engine. */
    public enum Mode { EXTERNAL, ATTACHED, EMBEDDED }

    private final SearchBackend backend;
    private final Mode mode;
    private final URI url;
    private final EmbeddedEngine embedded;

    private EngineSession(SearchBackend backend, Mode mode, URI url, EmbeddedEngine embedded) {
        this.backend = backend;
        this.mode = mode;
        this.url = url;
        this.embedded = embedded;
    }

    /**
     * @param mayAttach whether an engine of another Vigil process on the data directory may be used
     *                  ({@code ingest}, {@code status}); {@code serve} owns its engine and may not
     */
    public static EngineSession open(VigilConfig config, Map<String, String> environment, boolean mayAttach) {
        EngineConfig engine = config.engine();
        if (!engine.isEmbedded()) {
            return new EngineSession(SearchBackends.connect(engine, environment), Mode.EXTERNAL, URI.create(engine.url()), null);
        }
        Optional<URI> running = EngineDiscovery.running(config.dataDir());
        if (running.isPresent() && mayAttach) {
            SearchBackend backend = SearchBackends.connect(EngineConfig.external(running.get().toString()), environment);
            return new EngineSession(backend, Mode.ATTACHED, running.get(), null);
        }
        EmbeddedEngine started = EmbeddedEngine.start(new EngineOptions(config.dataDir(),
                engine.embedded().heap().bytes(), engine.embedded().httpPort(), engine.embedded().startTimeout()));
        try {
            SearchBackend backend = SearchBackends.connect(EngineConfig.external(started.url().toString()), environment);
            return new EngineSession(backend, Mode.EMBEDDED, started.url(), started);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    public SearchBackend backend() {
        return backend;
    }

    public Mode mode() {
        return mode;
    }

    public URI url() {
        return url;
    }

    /** The embedded engine this session started, if it did. */
    public Optional<EmbeddedEngine> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** One line for the user, e.g. "embedded engine at http://127.0.0.1:41234". */
    public String describe() {
        return switch (mode) {
            case EXTERNAL -> "engine at " + url;
            case ATTACHED -> "embedded engine of the running vigil serve at " + url;
            case EMBEDDED -> "embedded engine at " + url;
        };
    }

    @Override
    public void close() {
        backend.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
