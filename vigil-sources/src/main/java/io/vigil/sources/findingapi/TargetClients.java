package io.vigil.sources.findingapi;

import io.vigil.sources.aws.AccountClientSetup;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The findings API clients of one account and region, made on first use and kept until closed. Each
 * retries throttled and failed calls with the SDK's standard strategy (backoff with jitter) up to a
 * bounded number of attempts.
 */
final class TargetClients implements AutoCloseable {

    private final AccountClientSetup setup;
    private final String region;
    private final int maxAttempts;
    private final Map<FindingApi<?, ?>, SdkClient> clients = new LinkedHashMap<>();

    TargetClients(AccountClientSetup setup, String region, int maxAttempts) {
        this.setup = setup;
        this.region = region;
        this.maxAttempts = maxAttempts;
    }

    @SuppressWarnings("unchecked")
    synchronized <C extends SdkClient> C client(FindingApi<C, ?> api) {
        return (C) clients.computeIfAbsent(api, made -> api.client(this));
    }

    /** A client of the account and region, with a retry strategy of its own, from its service's builder. */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(B builder) {
        setup.configure(builder, region);
        RetryStrategy retries = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build();
        ClientOverrideConfiguration configured = builder.overrideConfiguration();
        ClientOverrideConfiguration.Builder override = configured == null
                ? ClientOverrideConfiguration.builder() : configured.toBuilder();
        return builder.overrideConfiguration(override.retryStrategy(retries).build()).build();
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }
}
