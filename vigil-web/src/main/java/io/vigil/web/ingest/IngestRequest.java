package io.vigil.web.ingest;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.web.keys.IngestKey;
import java.util.function.UnaryOperator;

/**
 * One authenticated ingest request, as an {@link IngestRoute} sees it: the key, the checked body, the
 * headers, and where its records are said to come from
 * ({@code http:/ingest/<name> key=<key id> request=<body hash>}: the same body sent again has the same
 * origin, so its dead letters keep their ids).
 */
public final class IngestRequest {

    private final IngestKey key;
    private final RequestBody body;
    private final UnaryOperator<String> headers;
    private final SourceLocation origin;
    private final IngestService service;

    IngestRequest(String route, IngestKey key, RequestBody body, UnaryOperator<String> headers, IngestService service) {
        this.key = key;
        this.body = body;
        this.headers = headers;
        this.service = service;
        this.origin = SourceLocation.whole("http:/ingest/" + route + " key=" + key.id()
                + " request=" + body.sha256().substring(0, 16));
    }

    public IngestKey key() {
        return key;
    }

    public RequestBody body() {
        return body;
    }

    /** A request header, or {@code null}. */
    public String header(String name) {
        return headers.apply(name);
    }

    public SourceLocation origin() {
        return origin;
    }

    /** Ingests the request body into the dataset, within the key's scopes. */
    public DeliveryReport ingest(Dataset dataset) {
        return ingest(dataset, body);
    }

    /** Ingests an input the route derived from the body (see {@link RequestBody#of}). */
    public DeliveryReport ingest(Dataset dataset, RequestBody input) {
        return service.ingest(key, dataset, origin, input);
    }
}
