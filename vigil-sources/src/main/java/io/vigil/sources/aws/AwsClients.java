package io.vigil.sources.aws;

import io.vigil.core.config.AwsAccountConfig;
import io.vigil.core.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The AWS clients of one account: its credentials (the default chain or a named profile, then the
 * account's role assumed through STS when one is configured), one HTTP client shared by every service
 * client, and one S3 and one SQS client per region, made on first use and closed with this.
 *
 * <p>Endpoints come from the SDK's own configuration ({@code AWS_ENDPOINT_URL_S3} /
 * {@code AWS_ENDPOINT_URL_SQS}, the system properties {@code aws.endpointUrlS3} /
 * {@code aws.endpointUrlSqs}, or {@code endpoint_url} in the profile), so an S3- or SQS-compatible
 * server is reached without code of its own; S3 is then addressed path-style, as such servers expect.
 *
 * <p>The HTTP client is the JDK's ({@code url-connection-client}): no dependency beyond the JDK, and
 * enough for Vigil's traffic (a few concurrent object reads and one long poll per queue).
 */
public final class AwsClients implements AccountClientSetup, AutoCloseable {

    /** Names the assumed-role sessions in the account's CloudTrail. */
    static final String SESSION_NAME = "vigil";
    private static final String DEFAULT_REGION_KEY = "";

    private final String account;
    private final String profile;
    private final SdkHttpClient http;
    private final List<SdkAutoCloseable> owned = new ArrayList<>();
    private final AwsCredentialsProvider credentials;
    private final Map<String, S3Client> s3 = new ConcurrentHashMap<>();
    private final Map<String, SqsClient> sqs = new ConcurrentHashMap<>();

    private AwsClients(AwsAccountConfig account, Map<String, String> environment) {
        this.account = account.name();
        this.profile = account.profile();
        this.http = UrlConnectionHttpClient.builder().build();
        owned.add(http);
        this.credentials = credentials(account, environment);
    }

    /** The machine's default credential chain and region. */
    public static AwsClients defaultChain() {
        return new AwsClients(new AwsAccountConfig(AwsAccounts.DEFAULT, null, null, null, null), Map.of());
    }

    /** The clients of a configured account; its external id, if any, is read from the environment now. */
    public static AwsClients of(AwsAccountConfig account, Map<String, String> environment) {
        return new AwsClients(account, environment);
    }

    /** The account's name, for messages. */
    public String account() {
        return account;
    }

    /**
     * The S3 client of a region, or of the default region when {@code region} is null. Without any
     * region configured, us-east-1 is used: S3 finds a bucket of another region by itself.
     */
    public S3Client s3(String region) {
        return s3.computeIfAbsent(key(region), k -> buildS3(region == null
                ? defaultRegion().orElse(Region.US_EAST_1) : Region.of(region)));
    }

    /** The SQS client of a region, or of the default region when {@code region} is null. */
    public SqsClient sqs(String region) {
        return sqs.computeIfAbsent(key(region), k -> configure(SqsClient.builder(), requireRegion(region), credentials).build());
    }

    /** A client of another service, set up like the S3 and SQS ones (region: the default one when null). */
    @Override
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String region) {
        return configure(builder, requireRegion(region), credentials);
    }

    @Override
    public void close() {
        s3.values().forEach(S3Client::close);
        sqs.values().forEach(SqsClient::close);
        s3.clear();
        sqs.clear();
        // the role's credentials use the STS client, which uses the base credentials and the HTTP client
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
    }

    private AwsCredentialsProvider credentials(AwsAccountConfig account, Map<String, String> environment) {
        AwsCredentialsProvider base = profile == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        owned.add((SdkAutoCloseable) base);
        if (account.roleArn() == null) {
            return base;
        }
        AssumeRoleRequest.Builder assume = AssumeRoleRequest.builder()
                .roleArn(account.roleArn())
                .roleSessionName(SESSION_NAME);
        if (account.externalId() != null) {
            assume.externalId(account.externalId().resolve(environment));
        }
        Region stsRegion = account.regions().isEmpty()
                ? defaultRegion().orElse(Region.US_EAST_1) : Region.of(account.regions().get(0));
        StsClient sts = configure(StsClient.builder(), stsRegion, base).build();
        owned.add(sts);
        StsAssumeRoleCredentialsProvider role = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(assume.build())
                .build();
        owned.add(role);
        return role;
    }

    private S3Client buildS3(Region region) {
        S3Client client = configure(S3Client.builder(), region, credentials).crossRegionAccessEnabled(true).build();
        if (client.serviceClientConfiguration().endpointOverride().isEmpty()) {
            return client;
        }
        // an S3-compatible server named by the standard endpoint settings: path-style, one region
        client.close();
        return configure(S3Client.builder(), region, credentials).forcePathStyle(true).build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, Region region, AwsCredentialsProvider credentials) {
        builder.credentialsProvider(credentials).region(region).httpClient(http);
        if (profile != null) {
            builder.overrideConfiguration(override -> override.defaultProfileName(profile));
        }
        return builder;
    }

    private Region requireRegion(String region) {
        if (region != null) {
            return Region.of(region);
        }
        return defaultRegion().orElseThrow(() -> new ConfigException("no AWS region for account '" + account
                + "': set the region in the collector's configuration, or AWS_REGION, or region in the AWS profile"));
    }

    private Optional<Region> defaultRegion() {
        try {
            return Optional.of(DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion());
        } catch (SdkClientException e) {
            return Optional.empty();
        }
    }

    private static String key(String region) {
        return region == null ? DEFAULT_REGION_KEY : region;
    }
}
