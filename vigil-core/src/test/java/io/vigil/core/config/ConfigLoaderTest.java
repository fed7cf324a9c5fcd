package io.vigil.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private VigilConfig load(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("vigil.yml");
        Files.writeString(file, yaml);
        return loader.load(file, env);
    }

    private String error(String yaml, Map<String, String> env) {
        return assertThatThrownBy(() -> load(yaml, env)).isInstanceOf(ConfigException.class)
                .actual().getMessage();
    }

    @Test
    void noFileGivesTheDocumentedDefaults() {
        VigilConfig config = loader.load(null, Map.of());
        assertThat(config.dataDir()).isEqualTo(Path.of("vigil-data"));
        assertThat(config.engine().isEmbedded()).isTrue();
        assertThat(config.engine().embedded().heap().bytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(config.web().port()).isEqualTo(8080);
        assertThat(config.web().host()).isEqualTo("127.0.0.1");
        assertThat(config.bulk().maxDocuments()).isEqualTo(5000);
        assertThat(config.bulk().linger()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.findings().staleAfter()).isEqualTo(Duration.ofDays(90));
        assertThat(config.findings().reconcileInterval()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void readsSnakeCaseKeysDurationsSizesAndTheProjectMap() throws IOException {
        VigilConfig config = load("""
                data_dir: /srv/vigil
                engine:
                  url: https://search.example.com:9200
                  auth:
                    type: basic
                    username: vigil
                    password: {env: SEARCH_PASSWORD}
                  embedded:
                    heap: 1gb
                web:
                  port: 9090
                  max_body: 2mb
                bulk:
                  linger: 250ms
                  retry_limit: 10m
                retention:
                  datasets:
                    ecs: 30d
                programs:
                  - name: payments
                    projects:
                      - name: checkout
                        accounts: ["111122223333"]
                        hosts: ["web-*"]
                """, Map.of("SEARCH_PASSWORD", "s3cret"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/vigil"));
        assertThat(config.engine().url()).isEqualTo("https://search.example.com:9200");
        assertThat(config.engine().auth().type()).isEqualTo(AuthConfig.Type.BASIC);
        assertThat(config.engine().auth().password().resolve(Map.of("SEARCH_PASSWORD", "s3cret"))).isEqualTo("s3cret");
        assertThat(config.engine().embedded().heap().bytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(config.web().port()).isEqualTo(9090);
        assertThat(config.web().maxBody().bytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(config.bulk().linger()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.bulk().retryLimit()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.retention().forDataset("ecs")).contains(Duration.ofDays(30));
        assertThat(config.programs()).singleElement().satisfies(program -> {
            assertThat(program.name()).isEqualTo("payments");
            assertThat(program.projects().get(0).accounts()).containsExactly("111122223333");
        });
    }

    @Test
    void environmentOverridesNestedKeysAndIgnoresUnrelatedVariables() throws IOException {
        VigilConfig config = load("web:\n  port: 9090\n", Map.of(
                "VIGIL_WEB__PORT", "7070",
                "VIGIL_ENGINE__URL", "http://127.0.0.1:9200",
                "VIGIL_DATA_DIR", "/tmp/elsewhere",
                "VIGIL_RETENTION__DATASETS__ECS", "7d",
                "VIGIL_ENGINE_PASSWORD", "not a key, a secret"));
        assertThat(config.web().port()).isEqualTo(7070);
        assertThat(config.engine().url()).isEqualTo("http://127.0.0.1:9200");
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/elsewhere"));
        assertThat(config.retention().forDataset("ecs")).contains(Duration.ofDays(7));
    }

    @Test
    void unknownKeyIsNamedWithTheKeysAllowedThere() {
        assertThat(error("engine:\n  urll: http://x\n", Map.of()))
                .contains("vigil.yml").contains("unknown key 'engine.urll'").contains("url");
    }

    @Test
    void badDurationNamesKeyAndExpectedForm() {
        assertThat(error("bulk:\n  linger: soon\n", Map.of()))
                .contains("bulk.linger").contains("500ms, 5s");
    }

    @Test
    void badSizeNamesKeyAndExpectedForm() {
        assertThat(error("engine:\n  embedded:\n    heap: lots\n", Map.of()))
                .contains("engine.embedded.heap").contains("512kb, 10mb");
    }

    @Test
    void badNumberAndEnumNameTheirKeys() {
        assertThat(error("web:\n  port: eighty\n", Map.of())).contains("web.port").contains("whole number");
        assertThat(error("engine:\n  url: http://x:9200\n  auth:\n    type: kerberos\n", Map.of()))
                .contains("engine.auth.type").contains("basic").contains("aws_sigv4");
    }

    @Test
    void outOfRangeAndBadUrlAreRefused() {
        assertThat(error("web:\n  port: 70000\n", Map.of())).contains("web.port").contains("0 to 65535");
        assertThat(error("engine:\n  url: ftp://x\n", Map.of())).contains("engine.url").contains("http://");
        assertThat(error("engine:\n  url: https://user:pw@x:9200\n", Map.of()))
                .contains("engine.url").contains("credentials do not belong").doesNotContain("pw@");
        assertThat(error("findings:\n  stale_after: 0s\n", Map.of()))
                .contains("findings.stale_after").contains("positive duration");
    }

    @Test
    void literalSecretIsRefusedAndNeverEchoed() {
        String message = error("engine:\n  url: https://x:9200\n  auth:\n    type: basic\n    username: u\n    password: hunter2\n", Map.of());
        assertThat(message).contains("engine.auth.password").contains("{env:").doesNotContain("hunter2");
    }

    @Test
    void missingSecretVariableIsNamed() {
        assertThat(error("engine:\n  url: https://x:9200\n  auth:\n    type: api_key\n    api_key: {env: VIGIL_KEY}\n", Map.of()))
                .contains("VIGIL_KEY").contains("not set");
    }

    @Test
    void invalidYamlSaysWhere() {
        assertThat(error("web:\n  port: [1,\n", Map.of())).contains("not valid YAML at line");
    }

    @Test
    void duplicateOrReservedProjectNamesAreRefused() {
        assertThat(error("programs:\n  - name: a\n    projects:\n      - name: x\n  - name: b\n    projects:\n      - name: x\n", Map.of()))
                .contains("programs[1].projects[0].name").contains("declared twice");
        assertThat(error("programs:\n  - name: a\n    projects:\n      - name: unassigned\n", Map.of()))
                .contains("reserved");
    }

    @Test
    void collectorsAndAccountsAreReadAndCheckedAgainstEachOther() throws IOException {
        VigilConfig config = load("""
                aws:
                  accounts:
                    - name: prod
                      role_arn: arn:aws:iam::111122223333:role/VigilReader
                      regions: [eu-west-1]
                collectors:
                  sqs:
                    - dataset: cloudtrail
                      queue_url: https://sqs.eu-west-1.amazonaws.com/111122223333/trail
                      account: prod
                  findings_api:
                    enabled: true
                    interval: 10m
                    sources: [guardduty, securityhub]
                geoip:
                  database: /var/lib/vigil/city.mmdb
                """, Map.of());
        assertThat(config.collectors().findingsApi().enabled()).isTrue();
        assertThat(config.collectors().findingsApi().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.collectors().findingsApi().sources()).containsExactly("guardduty", "securityhub");
        assertThat(error("collectors:\n  findings_api:\n    sources: [macie]\n", Map.of()))
                .contains("collectors.findings_api.sources").contains("'macie'");
        assertThat(config.aws().account("prod").orElseThrow().regions()).containsExactly("eu-west-1");
        assertThat(config.collectors().sqs().get(0).maxReceiveCount()).isEqualTo(5);
        assertThat(config.collectors().sqs().get(0).visibilityTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.geoip().database()).isEqualTo(Path.of("/var/lib/vigil/city.mmdb"));

        assertThat(error("collectors:\n  sqs:\n    - dataset: cloudtrail\n      queue_url: q\n      account: staging\n", Map.of()))
                .contains("collectors.sqs[0].account").contains("no account 'staging'");
        assertThat(error("collectors:\n  sqs:\n    - dataset: cloudtrail\n", Map.of()))
                .contains("collectors.sqs[0].queue_url").contains("required");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yml"), Map.of()))
                .hasMessageContaining("nope.yml").hasMessageContaining("not found");
    }
}
