package io.vigil.store.auth;

import io.vigil.core.config.AuthConfig;
import io.vigil.core.config.ConfigException;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** Builds the {@link RequestSigner} that {@code engine.auth} asks for, resolving its secrets now. */
public final class RequestSigners {

    private RequestSigners() {
    }

    public static RequestSigner from(AuthConfig auth, Map<String, String> env) {
        return switch (auth.type()) {
            case NONE -> RequestSigner.NONE;
            case BASIC -> AuthorizationHeader.basic(
                    required(auth.username(), "engine.auth.username", "the user name for basic auth"),
                    required(auth.password(), "engine.auth.password").resolve(env));
            case API_KEY -> AuthorizationHeader.apiKey(required(auth.apiKey(), "engine.auth.api_key").resolve(env));
            case AWS_SIGV4 -> new AwsSigV4Signer(credentials(auth), region(auth), auth.service(), Clock.systemUTC());
        };
    }

    private static AwsCredentialsProvider credentials(AuthConfig auth) {
        return auth.profile() == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.create(auth.profile());
    }

    private static String region(AuthConfig auth) {
        if (auth.region() != null && !auth.region().isBlank()) {
            return auth.region().strip();
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkException e) {
            throw new ConfigException("engine.auth.region is required for aws_sigv4 (the domain's region, "
                    + "e.g. us-east-1) and no AWS_REGION or profile region was found");
        }
    }

    private static String required(String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " is required: " + what);
        }
        return value;
    }

    private static <T> T required(T secret, String key) {
        if (secret == null) {
            throw new ConfigException(key + " is required: give it as {env: NAME} or {file: /path}");
        }
        return secret;
    }
}
