package io.vigil.sources.findingapi;

import io.vigil.sources.aws.AccountClientSetup;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/** An account whose session credentials sign requests to the local services, which tell accounts apart by key. */
record LocalAccount(String accessKey, URI endpoint) implements AccountClientSetup {

    @Override
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String region) {
        return builder
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        accessKey, "local-secret-of-" + accessKey, "local-session-token-of-" + accessKey)))
                .region(Region.of(region))
                .endpointOverride(endpoint);
    }
}
