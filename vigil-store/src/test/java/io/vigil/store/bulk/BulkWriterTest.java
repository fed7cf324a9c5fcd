package io.vigil.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.config.BulkConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.store.EngineException;
import io.vigil.store.EngineFamily;
import io.vigil.store.auth.RequestSigner;
import io.vigil.store.backend.ElasticsearchBackend;
import io.vigil.store.backend.EngineIdentity;
import io.vigil.store.backend.EngineTransport;
import io.vigil.store.engines.TestDocuments;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The writer's own promises where no engine answers; its work with real engines is in the backend ITs. */
class BulkWriterTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void failsTheDeliveryOnceTheEngineStaysUnreachablePastTheRetryLimit() throws Exception {
        BulkConfig config = new BulkConfig(10, null, Duration.ofMillis(50), 1, Duration.ofMillis(800));
        long start = System.nanoTime();
        Delivery delivery = new Delivery(SourceLocation.whole("in"));
        try (BulkWriter writer = new BulkWriter(unreachable(), TestDocuments.registry(), config, Clock.systemUTC())) {
            for (int line = 0; line < 3; line++) {
                delivery.expect();
                writer.write(TestDocuments.small("in", line, NOVEMBER), delivery);
            }
            delivery.seal();
        }

        assertThat(delivery.completion()).isCompletedExceptionally();
        assertThat(delivery.completion().handle((report, failure) -> failure).get(1, TimeUnit.SECONDS))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("3 documents were not stored")
                .hasMessageContaining("bulk.retry_limit")
                .hasMessageContaining("cannot reach the engine");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void failsWritesOfUnknownDatasetsAndAfterClose() {
        BulkWriter writer = new BulkWriter(unreachable(), TestDocuments.registry(), BulkConfig.defaults(),
                Clock.systemUTC());
        Delivery unknown = new Delivery(SourceLocation.whole("in"));
        Document stranger = new Document("nope", "id", NOVEMBER, TestDocuments.small("in", 1, NOVEMBER).source(),
                SourceLocation.whole("in"));
        unknown.expect();
        writer.write(stranger, unknown);
        writer.close();
        Delivery late = new Delivery(SourceLocation.whole("in"));
        late.expect();
        writer.write(TestDocuments.small("in", 2, NOVEMBER), late);

        assertThat(failure(unknown)).hasMessageContaining("unknown dataset 'nope'");
        assertThat(failure(late)).hasMessageContaining("closed");
    }

    private static Throwable failure(Delivery delivery) {
        try {
            delivery.completion().join();
            throw new AssertionError("the delivery did not fail");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    /** A backend whose engine is gone: nothing listens on its port. */
    private static ElasticsearchBackend unreachable() {
        try (ServerSocket socket = new ServerSocket(0)) {
            URI url = URI.create("http://127.0.0.1:" + socket.getLocalPort());
            socket.close();
            return new ElasticsearchBackend(new EngineTransport(url, RequestSigner.NONE, SSLContext.getDefault(),
                    Duration.ofSeconds(5)), new EngineIdentity(EngineFamily.ELASTICSEARCH, "8.19.21", "gone"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
