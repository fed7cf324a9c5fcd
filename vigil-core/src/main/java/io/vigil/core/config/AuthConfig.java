package io.vigil.core.config;

/**
 * How Vigil authenticates to an external engine.
 *
 * @param type     none, basic, api_key (Elastic and OpenSearch API keys) or aws_sigv4 (Amazon OpenSearch Service)
 * @param username user for basic
 * @param password secret for basic
 * @param apiKey   secret for api_key: the encoded key as the engine prints it
 * @param region   AWS region for aws_sigv4
 * @param service  SigV4 service name: {@code es} (managed domains, default) or {@code aoss} (serverless)
 * @param profile  AWS named profile for aws_sigv4; the default credential chain when absent
 */
public record AuthConfig(Type type, String username, SecretRef password, SecretRef apiKey,
                         String region, String service, String profile) {

    public enum Type { NONE, BASIC, API_KEY, AWS_SIGV4 }

    public AuthConfig {
        type = type == null ? Type.NONE : type;
        service = service == null ? "es" : service;
    }

    public static AuthConfig none() {
        return new AuthConfig(Type.NONE, null, null, null, null, null, null);
    }
}
