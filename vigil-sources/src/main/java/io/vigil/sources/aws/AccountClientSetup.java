package io.vigil.sources.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;

/**
 * Sets up a client of any AWS service for one account in a region: its credentials, HTTP client and
 * profile ({@link AwsClients}; in tests, also the endpoint). The findings collector adds its own
 * retry strategy.
 */
public interface AccountClientSetup {

    <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String region);
}
