package io.vigil.sources.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vigil.core.config.AwsAccountConfig;
import io.vigil.core.config.AwsConfig;
import io.vigil.core.config.ConfigException;
import io.vigil.core.config.SecretRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * How Vigil's AWS clients find credentials: the default chain, a named profile, and a role assumed
 * through STS. S3 is the S3-compatible server, which accepts only its own key pair, so a request that
 * succeeds proves which credentials signed it. STS cannot run here: a local endpoint records the
 * AssumeRole requests the SDK sends it and answers as STS does.
 */
class AwsClientsIT {

    private static final String BASE_KEY = "AKIAVIGILBASE0000001";
    private static final String BASE_SECRET = "base-credentials-that-the-local-s3-refuses";

    private static LocalS3 s3Server;
    private static HttpServer sts;
    private static final List<Map<String, String>> assumeRoleCalls = new CopyOnWriteArrayList<>();
    private static final List<String> stsAuthorizations = new CopyOnWriteArrayList<>();

    private final SystemProperties properties = new SystemProperties();

    @TempDir
    Path home;

    @BeforeAll
    static void startServers() throws Exception {
        s3Server = LocalS3.start();
        s3Server.createBucket("vigil-accounts");
        sts = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sts.createContext("/", exchange -> {
            stsAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            assumeRoleCalls.add(form(exchange.getRequestBody()));
            byte[] body = assumeRoleResponse().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sts.start();
    }

    @AfterAll
    static void stopServers() throws Exception {
        sts.stop(0);
        s3Server.close();
    }

    @BeforeEach
    void clearCalls() {
        assumeRoleCalls.clear();
        stsAuthorizations.clear();
    }

    @AfterEach
    void restoreProperties() {
        properties.close();
    }

    @Test
    void theDefaultChainReachesTheS3EndpointOfTheStandardSettingsPathStyle() {
        try (AwsClients clients = AwsClients.defaultChain()) {
            assertThat(clients.s3(null).serviceClientConfiguration().endpointOverride())
                    .hasValueSatisfying(uri -> assertThat(uri.toString()).isEqualTo(s3Server.endpoint()));
            assertThat(clients.s3(null).listObjectsV2(request -> request.bucket("vigil-accounts")).contents()).isEmpty();
            assertThat(clients.s3(null)).isSameAs(clients.s3(null));
        }
    }

    @Test
    void aNamedProfileSuppliesTheCredentials() throws IOException {
        Path credentials = Files.writeString(home.resolve("credentials"), "[vigil-reader]\n"
                + "aws_access_key_id = " + LocalS3.ACCESS_KEY + "\n"
                + "aws_secret_access_key = " + LocalS3.SECRET_KEY + "\n");
        Path config = Files.writeString(home.resolve("config"), "[profile vigil-reader]\nregion = " + LocalS3.REGION + "\n");
        properties.set("aws.sharedCredentialsFile", credentials.toString())
                .set("aws.configFile", config.toString())
                .set("aws.accessKeyId", BASE_KEY)
                .set("aws.secretAccessKey", BASE_SECRET);
        AwsAccountConfig reader = new AwsAccountConfig("reader", "vigil-reader", null, null, List.of());

        try (AwsClients profile = AwsClients.of(reader, Map.of()); AwsClients chain = AwsClients.defaultChain()) {
            assertThat(profile.s3(null).listObjectsV2(request -> request.bucket("vigil-accounts")).contents()).isEmpty();
            assertThatThrownBy(() -> chain.s3(null).listObjectsV2(request -> request.bucket("vigil-accounts")))
                    .isInstanceOf(S3Exception.class);
        }
    }

    @Test
    void aRoleIsAssumedWithTheBaseCredentialsTheExternalIdAndSessionNameVigil() {
        properties.set("aws.endpointUrlSts", "http://127.0.0.1:" + sts.getAddress().getPort())
                .set("aws.accessKeyId", BASE_KEY)
                .set("aws.secretAccessKey", BASE_SECRET);
        AwsAccountConfig audit = new AwsAccountConfig("audit", null, "arn:aws:iam::444455556666:role/vigil-reader",
                new SecretRef("VIGIL_AUDIT_EXTERNAL_ID", null), List.of("eu-west-1"));

        try (AwsClients clients = AwsClients.of(audit, Map.of("VIGIL_AUDIT_EXTERNAL_ID", "c0ffee-external"))) {
            assertThat(clients.s3(null).listObjectsV2(request -> request.bucket("vigil-accounts")).contents()).isEmpty();
        }

        assertThat(assumeRoleCalls).isNotEmpty();
        assertThat(assumeRoleCalls.get(0))
                .containsEntry("Action", "AssumeRole")
                .containsEntry("RoleArn", "arn:aws:iam::444455556666:role/vigil-reader")
                .containsEntry("RoleSessionName", "vigil")
                .containsEntry("ExternalId", "c0ffee-external");
        assertThat(stsAuthorizations.get(0)).contains("Credential=" + BASE_KEY + "/").contains("/eu-west-1/sts/");
    }

    @Test
    void aMissingExternalIdSaysWhereItWasExpected() {
        AwsAccountConfig audit = new AwsAccountConfig("audit", null, "arn:aws:iam::444455556666:role/vigil-reader",
                new SecretRef("VIGIL_AUDIT_EXTERNAL_ID", null), List.of());

        assertThatThrownBy(() -> AwsClients.of(audit, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("VIGIL_AUDIT_EXTERNAL_ID");
    }

    @Test
    void accountsAreFoundByNameAndTheDefaultChainWithoutOne() {
        AwsConfig config = new AwsConfig(List.of(new AwsAccountConfig("prod", null, null, null, List.of("eu-west-1"))));
        try (AwsAccounts accounts = new AwsAccounts(config, Map.of())) {
            assertThat(accounts.clients("prod").account()).isEqualTo("prod");
            assertThat(accounts.clients("prod")).isSameAs(accounts.clients("prod"));
            assertThat(accounts.clients(null).account()).isEqualTo(AwsAccounts.DEFAULT);
            assertThatThrownBy(() -> accounts.clients("staging"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("no AWS account 'staging' in aws.accounts; configured: prod");
        }
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** STS's answer to AssumeRole, as documented, carrying the key pair the local S3 accepts. */
    private static String assumeRoleResponse() {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleResult>"
                + "<AssumedRoleUser><AssumedRoleId>AROA3XFRBF535PLBIFPI4:vigil</AssumedRoleId>"
                + "<Arn>arn:aws:sts::444455556666:assumed-role/vigil-reader/vigil</Arn></AssumedRoleUser>"
                + "<Credentials><AccessKeyId>" + LocalS3.ACCESS_KEY + "</AccessKeyId>"
                + "<SecretAccessKey>" + LocalS3.SECRET_KEY + "</SecretAccessKey>"
                + "<SessionToken>IQoJb3JpZ2luX2VjEOz////////////////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQW</SessionToken>"
                + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
                + "</AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>"
                + "</AssumeRoleResponse>";
    }
}
