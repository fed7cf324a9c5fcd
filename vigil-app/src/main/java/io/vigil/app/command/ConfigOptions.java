package io.vigil.app.command;

import io.vigil.core.config.ConfigLoader;
import io.vigil.core.config.VigilConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares: where the configuration is, and the two settings most often overridden. */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: $VIGIL_CONFIG, else ./vigil.yml when present).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded engine, checkpoints and keys (default ./vigil-data).")
    Path dataDir;

    @Option(names = "--engine", paramLabel = "URL",
            description = "Use the engine at this URL (OpenSearch or Elasticsearch) instead of the embedded one.")
    String engineUrl;

    /** The configuration: file, then environment overrides, then these options (as overrides too); validated. */
    public VigilConfig load() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (dataDir != null) {
            environment.put("VIGIL_DATA_DIR", dataDir.toString());
        }
        if (engineUrl != null) {
            environment.put("VIGIL_ENGINE__URL", engineUrl);
        }
        return new ConfigLoader().load(configFile(environment), environment);
    }

    private Path configFile(Map<String, String> environment) {
        if (configFile != null) {
            return configFile;
        }
        String fromEnvironment = environment.get("VIGIL_CONFIG");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        Path local = Path.of("vigil.yml");
        return Files.isRegularFile(local) ? local : null;
    }
}
