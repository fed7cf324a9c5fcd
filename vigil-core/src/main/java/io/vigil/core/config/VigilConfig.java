package io.vigil.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code vigil.yml} configures. Keys are snake_case; every section may be left out and
 * takes the defaults below.
 *
 * @param dataDir   where the embedded engine, checkpoints and keys live (default {@code ./vigil-data})
 * @param engine    the search engine: embedded (default) or an external cluster by URL
 * @param web       the HTTP server of {@code vigil serve}
 * @param bulk      batching of writes to the engine
 * @param retention how long time-based indices are kept
 * @param programs  the project map: programs, their projects and what belongs to each
 * @param aws        the AWS accounts sources read from
 * @param collectors the continuous collectors of {@code vigil serve}
 * @param geoip      offline IP geolocation
 * @param findings   the finding lifecycle (reconciliation sweep)
 * @param rollups    the hourly, daily and weekly rollups behind the dashboards
 */
public record VigilConfig(Path dataDir, EngineConfig engine, WebConfig web, BulkConfig bulk,
                          RetentionConfig retention, List<ProgramConfig> programs, AwsConfig aws,
                          CollectorsConfig collectors, GeoIpConfig geoip, FindingsConfig findings,
                          RollupsConfig rollups) {

    public VigilConfig {
        dataDir = dataDir == null ? Path.of("vigil-data") : dataDir;
        engine = engine == null ? EngineConfig.defaults() : engine;
        web = web == null ? WebConfig.defaults() : web;
        bulk = bulk == null ? BulkConfig.defaults() : bulk;
        retention = retention == null ? RetentionConfig.defaults() : retention;
        programs = programs == null ? List.of() : List.copyOf(programs);
        aws = aws == null ? AwsConfig.defaults() : aws;
        collectors = collectors == null ? CollectorsConfig.defaults() : collectors;
        geoip = geoip == null ? GeoIpConfig.defaults() : geoip;
        findings = findings == null ? FindingsConfig.defaults() : findings;
        rollups = rollups == null ? RollupsConfig.defaults() : rollups;
    }

    public static VigilConfig defaults() {
        return new VigilConfig(null, null, null, null, null, null, null, null, null, null, null);
    }

    public VigilConfig withDataDir(Path directory) {
        return new VigilConfig(directory, engine, web, bulk, retention, programs, aws, collectors, geoip, findings, rollups);
    }

    public VigilConfig withEngine(EngineConfig newEngine) {
        return new VigilConfig(dataDir, newEngine, web, bulk, retention, programs, aws, collectors, geoip, findings, rollups);
    }

    public VigilConfig withWeb(WebConfig newWeb) {
        return new VigilConfig(dataDir, engine, newWeb, bulk, retention, programs, aws, collectors, geoip, findings, rollups);
    }

    public VigilConfig withPrograms(List<ProgramConfig> newPrograms) {
        return new VigilConfig(dataDir, engine, web, bulk, retention, newPrograms, aws, collectors, geoip, findings, rollups);
    }
}
