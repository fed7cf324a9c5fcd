package io.vigil.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.VigilVersion;
import io.vigil.app.runtime.EngineSession;
import io.vigil.core.checkpoint.CheckpointStore;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.sources.SourceCatalog;
import io.vigil.store.EngineInfo;
import io.vigil.store.stats.DatasetCount;
import io.vigil.store.stats.DatasetStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil status}: engine health and version, documents per dataset, dead letters, checkpoints. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the engine's health and version, documents and dead letters per dataset, and checkpoints.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        VigilConfig config = options.load();
        Map<String, IndexSpec> specs = SourceCatalog.datasets().indexSpecs();
        Map<String, Map<String, String>> checkpoints = CheckpointStore.of(config.dataDir()).streams();
        try (EngineSession engine = EngineSession.open(config, System.getenv(), true)) {
            EngineInfo info = engine.backend().info();
            // what `vigil ingest` just had acknowledged is counted, not only what the engine refreshed since
            engine.backend().refresh("vigil-*");
            List<DatasetCount> counts = new DatasetStats(engine.backend()).collect(specs);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(asJson(engine, info, counts, checkpoints)));
            } else {
                printText(out, engine, info, counts, checkpoints);
            }
            return 0;
        }
    }

    private static ObjectNode asJson(EngineSession engine, EngineInfo info, List<DatasetCount> counts,
                                     Map<String, Map<String, String>> checkpoints) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("vigil_version", VigilVersion.version());
        ObjectNode engineNode = root.putObject("engine");
        engineNode.put("url", engine.url().toString());
        engineNode.put("mode", engine.mode().name().toLowerCase(java.util.Locale.ROOT));
        engineNode.put("family", info.family().name().toLowerCase(java.util.Locale.ROOT));
        engineNode.put("version", info.version());
        engineNode.put("cluster", info.clusterName());
        engineNode.put("health", info.health());
        ObjectNode datasets = root.putObject("datasets");
        long deadLetters = 0;
        for (DatasetCount count : counts) {
            ObjectNode node = datasets.putObject(count.dataset());
            node.put("indices", count.indices());
            node.put("documents", count.documents());
            node.put("dead_letters", count.deadLetters());
            deadLetters += count.deadLetters();
        }
        root.put("dead_letters", deadLetters);
        root.set("checkpoints", mapper.valueToTree(checkpoints));
        return root;
    }

    private static void printText(PrintWriter out, EngineSession engine, EngineInfo info, List<DatasetCount> counts,
                                  Map<String, Map<String, String>> checkpoints) {
        out.println("vigil " + VigilVersion.version());
        out.println("engine     " + info + " — " + engine.describe());
        out.printf("%-17s %-25s %12s %14s%n", "dataset", "indices", "documents", "dead letters");
        for (DatasetCount count : counts) {
            out.printf("%-17s %-25s %,12d %,14d%n", count.dataset(), count.indices(), count.documents(), count.deadLetters());
        }
        if (checkpoints.isEmpty()) {
            out.println("checkpoints none");
        }
        checkpoints.forEach((stream, positions) -> out.println("checkpoint " + stream + " " + positions));
    }
}
