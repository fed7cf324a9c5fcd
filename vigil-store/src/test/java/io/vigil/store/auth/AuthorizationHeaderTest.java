package io.vigil.store.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.config.AuthConfig;
import io.vigil.core.config.ConfigException;
import io.vigil.core.config.SecretRef;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {

    private static final SignableRequest ANY = new SignableRequest("GET", URI.create("http://127.0.0.1:9200/"),
            Map.of(), null, 0);

    @Test
    void buildsBasicAuthFromTheUserAndTheSecretInTheEnvironment() {
        AuthConfig auth = new AuthConfig(AuthConfig.Type.BASIC, "vigil", new SecretRef("ES_PASSWORD", null),
                null, null, null, null);

        RequestSigner signer = RequestSigners.from(auth, Map.of("ES_PASSWORD", "s3cret:with colon"));

        // RFC 7617: base64 of user ":" password
        assertThat(signer.sign(ANY)).containsExactly(Map.entry("Authorization", "Basic dmlnaWw6czNjcmV0OndpdGggY29sb24="));
        assertThat(signer.toString()).isEqualTo("Authorization (basic)").doesNotContain("s3cret");
    }

    @Test
    void sendsAnApiKeyAsTheEnginePrintsIt() {
        AuthConfig auth = new AuthConfig(AuthConfig.Type.API_KEY, null, null, new SecretRef("ES_API_KEY", null),
                null, null, null);

        RequestSigner signer = RequestSigners.from(auth, Map.of("ES_API_KEY", "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==\n"));

        assertThat(signer.sign(ANY)).containsExactly(Map.entry("Authorization",
                "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="));
        assertThat(signer.toString()).doesNotContain("VnVh");
    }

    @Test
    void sendsNothingWithoutAuthentication() {
        assertThat(RequestSigners.from(AuthConfig.none(), Map.of()).sign(ANY)).isEmpty();
    }

    @Test
    void namesTheMissingKeyOrVariableButNoValue() {
        AuthConfig noUser = new AuthConfig(AuthConfig.Type.BASIC, null, new SecretRef("ES_PASSWORD", null),
                null, null, null, null);
        AuthConfig noPassword = new AuthConfig(AuthConfig.Type.BASIC, "vigil", null, null, null, null, null);
        AuthConfig unsetVariable = new AuthConfig(AuthConfig.Type.API_KEY, null, null,
                new SecretRef("ES_API_KEY", null), null, null, null);

        assertThatThrownBy(() -> RequestSigners.from(noUser, Map.of("ES_PASSWORD", "x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("engine.auth.username");
        assertThatThrownBy(() -> RequestSigners.from(noPassword, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("engine.auth.password")
                .hasMessageContaining("{env: NAME}");
        assertThatThrownBy(() -> RequestSigners.from(unsetVariable, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ES_API_KEY");
    }

    @Test
    void signsWithSigV4ForAmazonOpenSearchService() {
        AuthConfig auth = new AuthConfig(AuthConfig.Type.AWS_SIGV4, null, null, null, "eu-central-1", null, null);

        RequestSigner signer = RequestSigners.from(auth, Map.of());

        assertThat(signer).isInstanceOf(AwsSigV4Signer.class);
        assertThat(signer.toString()).isEqualTo("AWS SigV4 (es, eu-central-1)");
    }
}
