package io.vigil.web;

/** Counts documents in the store; implemented by the application with the search backend. */
@FunctionalInterface
public interface StatsProvider {

    /**
     * @throws RuntimeException when the engine cannot be queried; the client gets a 503
     */
    StoreStats stats();
}
