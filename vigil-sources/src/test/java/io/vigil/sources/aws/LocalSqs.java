package io.vigil.sources.aws;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * An SQS-compatible server (ElasticMQ) in this JVM, found by the SDK through {@code aws.endpointUrlSqs}.
 * Credentials and region are those of {@link LocalS3}, which the tests start first.
 */
public final class LocalSqs implements AutoCloseable {

    private final SQSRestServer server;
    private final int port;
    private final SystemProperties properties = new SystemProperties();

    private LocalSqs(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LocalSqs start() {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
                .withAWSRegion(LocalS3.REGION).start();
        int port = server.waitUntilStarted().localAddress().getPort();
        LocalSqs local = new LocalSqs(server, port);
        local.properties.set("aws.endpointUrlSqs", local.endpoint());
        return local;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        properties.close();
        server.stopAndWait();
    }
}
