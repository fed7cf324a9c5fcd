package io.vigil.store.auth;

import java.util.Map;

/** Adds authentication to each request sent to the engine. */
public interface RequestSigner {

    /** No authentication (the embedded engine, clusters without security). */
    RequestSigner NONE = request -> Map.of();

    /** The headers to add to this request. */
    Map<String, String> sign(SignableRequest request);
}
