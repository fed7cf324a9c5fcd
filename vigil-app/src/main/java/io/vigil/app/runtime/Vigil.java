package io.vigil.app.runtime;

import io.vigil.core.config.VigilConfig;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Enricher;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.project.ProjectMap;
import io.vigil.sources.SourceCatalog;
import io.vigil.sources.geoip.GeoIpEnricher;
import io.vigil.store.bulk.BulkWriter;
import io.vigil.store.stats.DatasetCount;
import io.vigil.store.stats.DatasetStats;
import io.vigil.store.template.IndexTemplates;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Vigil wired for one command: the engine session, the datasets with their index templates
 * installed, the enrichers (project map, GeoIP), and the bulk writer every pipeline writes through.
 */
public final class Vigil implements AutoCloseable {

    private final VigilConfig config;
    private final EngineSession engine;
    private final DatasetRegistry datasets;
    private final GeoIpEnricher geoip;
    private final List<Enricher> enrichers;
    private final BulkWriter sink;
    private final Clock clock;

    private Vigil(VigilConfig config, EngineSession engine, Map<String, String> environment, Clock clock) {
        this.config = config;
        this.engine = engine;
        this.clock = clock;
        this.datasets = SourceCatalog.datasets();
        this.geoip = GeoIpEnricher.create(config.geoip(), environment);
        this.enrichers = List.of(new ProjectMap(config.programs()), geoip);
        new IndexTemplates(engine.backend()).install(datasets.indexSpecs().values());
        this.sink = new BulkWriter(engine.backend(), datasets, config.bulk(), clock);
    }

    /** Opens the engine (see {@link EngineSession#open}) and installs the index templates. */
    public static Vigil open(VigilConfig config, Map<String, String> environment, boolean mayAttach) {
        EngineSession engine = EngineSession.open(config, environment, mayAttach);
        try {
            return new Vigil(config, engine, environment, Clock.systemUTC());
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public VigilConfig config() {
        return config;
    }

    public EngineSession engine() {
        return engine;
    }

    public DatasetRegistry datasets() {
        return datasets;
    }

    public List<Enricher> enrichers() {
        return enrichers;
    }

    public BulkWriter sink() {
        return sink;
    }

    public Clock clock() {
        return clock;
    }

    public Pipeline pipeline() {
        return new Pipeline(enrichers, sink, clock);
    }

    /** Documents and dead letters per dataset, asked now. */
    public List<DatasetCount> counts() {
        return new DatasetStats(engine.backend()).collect(datasets.indexSpecs());
    }

    @Override
    public void close() {
        sink.close();
        engine.close();
        geoip.close();
    }
}
