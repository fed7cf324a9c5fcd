package io.vigil.web.ingest;

import io.vigil.core.pipeline.DeliveryReport;

/**
 * An ingest endpoint of its own, {@code POST /ingest/<name>}, for inputs that are not one dataset's
 * plain batches (EventBridge events routed by source, webhooks). The request arrives authenticated,
 * with its body read within the caps; the route picks the dataset(s) and calls
 * {@link IngestRequest#ingest}, which applies the key's scopes and waits for the store.
 */
@FunctionalInterface
public interface IngestRoute {

    /**
     * @return the counts the sender gets back
     * @throws io.vigil.web.ApiException to refuse the request with a status and a message
     */
    DeliveryReport handle(IngestRequest request);
}
