package io.vigil.core.config;

import java.time.Duration;

/**
 * Batching of writes to the engine. A batch is sent when it reaches {@code maxDocuments} or
 * {@code maxBytes}, or {@code linger} after its first document.
 *
 * @param maxDocuments documents per bulk request (default 5000)
 * @param maxBytes     bytes per bulk request (default 5mb)
 * @param linger       longest wait before a partial batch is sent (default 1s)
 * @param concurrency  bulk requests in flight at once (default 2)
 * @param retryLimit   how long a batch is retried on 429, 5xx and lost connections before its
 *                     deliveries fail (default 5m)
 */
public record BulkConfig(Integer maxDocuments, ByteSize maxBytes, Duration linger, Integer concurrency,
                         Duration retryLimit) {

    public BulkConfig {
        maxDocuments = maxDocuments == null ? 5000 : maxDocuments;
        maxBytes = maxBytes == null ? ByteSize.mebibytes(5) : maxBytes;
        linger = linger == null ? Duration.ofSeconds(1) : linger;
        concurrency = concurrency == null ? 2 : concurrency;
        retryLimit = retryLimit == null ? Duration.ofMinutes(5) : retryLimit;
    }

    public static BulkConfig defaults() {
        return new BulkConfig(null, null, null, null, null);
    }
}
