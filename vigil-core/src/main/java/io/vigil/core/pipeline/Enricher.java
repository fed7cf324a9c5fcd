package io.vigil.core.pipeline;

import io.vigil.core.document.Document;

/** Adds fields to a normalized document (projects, GeoIP) before it is written. */
public interface Enricher {

    void enrich(Document document);
}
