package io.vigil.engine.node;

import io.vigil.engine.EngineDirectory;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.rankeval.RankEvalPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.percolator.PercolatorPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.mustache.MustachePlugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.opensearch.transport.Netty4Plugin;

/** A single-node OpenSearch cluster on 127.0.0.1 with the modules Vigil uses, its files in an {@link EngineDirectory}. */
final class EngineNode extends Node {

    private static final Logger LOG = LogManager.getLogger(EngineNode.class);
    private static final TimeValue HEALTH_POLL = TimeValue.timeValueSeconds(10);

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class,
            CommonAnalysisPlugin.class,
            PainlessPlugin.class,
            GeoModulePlugin.class,
            MapperExtrasPlugin.class,
            ParentJoinPlugin.class,
            MatrixAggregationPlugin.class,
            ReindexPlugin.class,
            MustachePlugin.class,
            PercolatorPlugin.class,
            RankEvalPlugin.class);

    EngineNode(EngineDirectory directory, int httpPort) {
        super(InternalSettingsPreparer.prepareEnvironment(settings(directory, httpPort), Map.of(), null, () -> "vigil"),
                PLUGINS, true);
    }

    private static Settings settings(EngineDirectory directory, int httpPort) {
        return Settings.builder()
                .put("cluster.name", "vigil")
                .put("node.name", "vigil")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("path.home", directory.root().toString())
                .put("path.data", directory.data().toString())
                .put("path.logs", directory.logs().toString())
                // a laptop with a nearly full disk would otherwise silently turn every index read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // the real-memory breaker expects G1's concurrent collection; with the serial collector the heap holds
                // garbage until a full collection, which would trip it. Count tracked memory instead.
                .put("indices.breaker.total.use_real_memory", false)
                .build();
    }

    /**
     * Waits (as long as the launcher lets it) until the primaries are assigned, and makes new indices default to
     * 0 replicas: a single node has no room for replicas.
     */
    void awaitReady() {
        ClusterHealthResponse health;
        while ((health = client().admin().cluster().prepareHealth().setWaitForYellowStatus()
                .setTimeout(HEALTH_POLL).get()).isTimedOut()) {
            LOG.info("waiting for cluster health yellow; it is {} with {} unassigned shards",
                    health.getStatus(), health.getUnassignedShards());
        }
        client().admin().cluster().prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();
    }

    int httpPort() {
        return injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    /** No-op: the node and cluster ids in log lines are not needed, and their static state is best left alone. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
    }
}
