package io.vigil.store.auth;

import io.vigil.store.EngineException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * AWS Signature Version 4 for Amazon OpenSearch Service (service {@code es} for managed domains,
 * {@code aoss} for serverless collections), with the AWS SDK's signer. Every request carries
 * {@code x-amz-content-sha256} (the hash of its body), which the service requires, and the headers
 * Vigil sets (such as {@code Content-Type}) are signed with it. Credentials are resolved per request
 * from the provider, which caches and refreshes them.
 */
public final class AwsSigV4Signer implements RequestSigner {

    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;
    private final Clock clock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public AwsSigV4Signer(AwsCredentialsProvider credentials, String region, String service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Map<String, String> sign(SignableRequest request) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .uri(request.uri());
        request.headers().forEach(unsigned::putHeader);
        ContentStreamProvider payload =
                () -> new ByteArrayInputStream(request.body(), 0, request.bodyLength());
        AwsCredentialsIdentity identity = resolveCredentials();
        SignedRequest signed = signer.sign(r -> r
                .identity(identity)
                .request(unsigned.build())
                .payload(payload)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
        Map<String, String> added = new LinkedHashMap<>();
        signed.request().forEachHeader((name, values) -> {
            // the HTTP client sets Host itself, from the same URI the signature covers
            if (!name.equalsIgnoreCase("host") && !containsIgnoringCase(request.headers(), name)) {
                added.put(name, values.get(0));
            }
        });
        return added;
    }

    private AwsCredentialsIdentity resolveCredentials() {
        try {
            return credentials.resolveCredentials();
        } catch (SdkException e) {
            throw new EngineException("AWS credentials for SigV4 signing could not be resolved ("
                    + e.getMessage() + "); set engine.auth.profile or the AWS_* environment variables", e);
        }
    }

    private static boolean containsIgnoringCase(Map<String, String> headers, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.keySet().stream().anyMatch(key -> key.toLowerCase(Locale.ROOT).equals(lower));
    }

    @Override
    public String toString() {
        return "AWS SigV4 (" + service + ", " + region + ")";
    }
}
