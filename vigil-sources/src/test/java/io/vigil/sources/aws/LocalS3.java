package io.vigil.sources.aws;

import java.net.URI;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-compatible server (S3Proxy, in memory) in this JVM. It checks request signatures with its
 * own key pair, which the SDK finds through its standard system properties, as it finds the server
 * through {@code aws.endpointUrlS3}: Vigil's clients reach it exactly as they reach S3.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "AKIAVIGILTEST0000001";
    public static final String SECRET_KEY = "vigil-test-secret-key-of-the-local-s3";
    public static final String REGION = "us-east-1";

    private final S3Proxy server;
    private final SystemProperties properties = new SystemProperties();

    private LocalS3(S3Proxy server) {
        this.server = server;
    }

    public static LocalS3 start() throws Exception {
        S3Proxy server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .stopTimeout(0)
                // accepts the session token of assumed-role credentials (x-amz-security-token)
                .ignoreUnknownHeaders(true)
                .build();
        server.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(server.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + server.getState());
            }
            Thread.sleep(10);
        }
        LocalS3 local = new LocalS3(server);
        local.properties
                .set("aws.endpointUrlS3", local.endpoint())
                .set("aws.accessKeyId", ACCESS_KEY)
                .set("aws.secretAccessKey", SECRET_KEY)
                .set("aws.region", REGION);
        return local;
    }

    /** Makes a bucket, through Vigil's own clients. */
    public void createBucket(String bucket) {
        try (AwsClients clients = AwsClients.defaultChain()) {
            clients.s3(null).createBucket(request -> request.bucket(bucket));
        }
    }

    /**
     * Uploads a test object. Retried: the JDK's HttpURLConnection (the SDK's url-connection client)
     * now and then loses this local server's answer to {@code Expect: 100-continue} on a PUT. Vigil
     * itself only lists and reads objects; the retry keeps the tests about that.
     */
    public static void upload(S3Client s3, String bucket, String key, byte[] content) {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(content));
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    @Override
    public void close() throws Exception {
        properties.close();
        server.stop();
    }
}
