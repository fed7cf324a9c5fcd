package io.vigil.core.config;

import io.vigil.core.document.Ecs;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the bound configuration for values that parse but cannot work, naming the key. */
final class ConfigValidator {

    private final String where;
    private final Map<String, String> environment;

    ConfigValidator(String where, Map<String, String> environment) {
        this.where = where;
        this.environment = environment;
    }

    void validate(VigilConfig config) {
        validateEngine(config.engine());
        port("web.port", config.web().port());
        if (config.web().tls() != null) {
            require("web.tls.certificate_file", config.web().tls().certificateFile());
            require("web.tls.private_key_file", config.web().tls().privateKeyFile());
        }
        positive("web.max_concurrent_ingest", config.web().maxConcurrentIngest());
        positive("bulk.max_documents", config.bulk().maxDocuments());
        positive("bulk.concurrency", config.bulk().concurrency());
        if (config.bulk().maxBytes().bytes() < 1024) {
            fail("bulk.max_bytes", "expected at least 1kb, got " + config.bulk().maxBytes());
        }
        if (config.engine().embedded().heap().bytes() < 128L * 1024 * 1024) {
            fail("engine.embedded.heap", "expected at least 128mb, got " + config.engine().embedded().heap());
        }
        positive("retention.interval", config.retention().interval());
        positive("findings.stale_after", config.findings().staleAfter());
        positive("findings.reconcile_interval", config.findings().reconcileInterval());
        positive("rollups.interval", config.rollups().interval());
        positive("rollups.lag", config.rollups().lag());
        validatePrograms(config);
        validateCollectors(config);
    }

    private void validateCollectors(VigilConfig config) {
        FindingsApiConfig api = config.collectors().findingsApi();
        for (String source : api.sources()) {
            if (!List.of("guardduty", "inspector", "securityhub").contains(source)) {
                fail("collectors.findings_api.sources", "expected guardduty, inspector or securityhub, got '" + source + "'");
            }
        }
        if (api.maxAttempts() != null) {
            positive("collectors.findings_api.max_attempts", api.maxAttempts());
        }
        for (int i = 0; i < config.aws().accounts().size(); i++) {
            require("aws.accounts[" + i + "].name", config.aws().accounts().get(i).name());
        }
        for (int i = 0; i < config.collectors().sqs().size(); i++) {
            SqsCollectorConfig sqs = config.collectors().sqs().get(i);
            String key = "collectors.sqs[" + i + "]";
            require(key + ".dataset", sqs.dataset());
            require(key + ".queue_url", sqs.queueUrl());
            positive(key + ".max_receive_count", sqs.maxReceiveCount());
            positive(key + ".concurrency", sqs.concurrency());
            if (sqs.account() != null && config.aws().account(sqs.account()).isEmpty()) {
                fail(key + ".account", "no account '" + sqs.account() + "' in aws.accounts");
            }
        }
    }

    private void validateEngine(EngineConfig engine) {
        port("engine.embedded.http_port", engine.embedded().httpPort());
        if (engine.url() != null) {
            URI uri;
            try {
                uri = URI.create(engine.url());
            } catch (IllegalArgumentException e) {
                throw error("engine.url", "expected a URL such as https://search.example.com:9200, got '" + engine.url() + "'");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                fail("engine.url", "expected an http:// or https:// URL with a host, got '" + engine.url() + "'");
            }
            if (uri.getUserInfo() != null) {
                fail("engine.url", "credentials do not belong in the URL; use engine.auth with {env: NAME} or {file: PATH}");
            }
        }
        AuthConfig auth = engine.auth();
        switch (auth.type()) {
            case BASIC -> {
                require("engine.auth.username", auth.username());
                require("engine.auth.password", auth.password());
                auth.password().resolve(environment);
            }
            case API_KEY -> {
                require("engine.auth.api_key", auth.apiKey());
                auth.apiKey().resolve(environment);
            }
            case AWS_SIGV4 -> require("engine.auth.region", auth.region());
            case NONE -> {
            }
        }
        if (auth.type() != AuthConfig.Type.NONE && engine.url() == null) {
            fail("engine.auth.type", "authentication applies to an external engine; set engine.url as well");
        }
        if (engine.tls().caFile() != null && !java.nio.file.Files.isReadable(engine.tls().caFile())) {
            fail("engine.tls.ca_file", "file " + engine.tls().caFile() + " cannot be read");
        }
    }

    private void validatePrograms(VigilConfig config) {
        Set<String> projects = new HashSet<>();
        for (int p = 0; p < config.programs().size(); p++) {
            ProgramConfig program = config.programs().get(p);
            require("programs[" + p + "].name", program.name());
            for (int j = 0; j < program.projects().size(); j++) {
                String name = program.projects().get(j).name();
                String key = "programs[" + p + "].projects[" + j + "].name";
                require(key, name);
                if (Ecs.UNASSIGNED.equals(name)) {
                    fail(key, "'" + name + "' is reserved for documents that match no project");
                }
                if (!projects.add(name)) {
                    fail(key, "project '" + name + "' is declared twice; a project belongs to one program");
                }
            }
        }
    }

    private void port(String key, int port) {
        if (port < 0 || port > 65535) {
            fail(key, "expected a port from 0 to 65535, got " + port);
        }
    }

    private void positive(String key, int value) {
        if (value < 1) {
            fail(key, "expected a number of at least 1, got " + value);
        }
    }

    private void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            fail(key, "expected a positive duration such as 30s, 6h or 90d, got " + value);
        }
    }

    private void require(String key, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            fail(key, "is required here");
        }
    }

    private void fail(String key, String message) {
        throw error(key, message);
    }

    private ConfigException error(String key, String message) {
        return new ConfigException(where + ": " + key + ": " + message);
    }
}
