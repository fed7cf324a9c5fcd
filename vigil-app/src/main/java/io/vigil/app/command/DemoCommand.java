package io.vigil.app.command;

import io.vigil.app.demo.DemoDataset;
import io.vigil.app.runtime.ThrowawayDirectory;
import io.vigil.app.runtime.UntilStopped;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.VigilConfig;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.keys.NewKey;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil demo}: {@code serve} on a throw-away data directory with the demo dataset. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serves Vigil on demo data from a throw-away data directory (deleted on exit); prints the URL and a key.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        VigilConfig loaded = options.load();
        ThrowawayDirectory dataDir = ThrowawayDirectory.create("vigil-demo-");
        VigilConfig config = loaded.withDataDir(dataDir.path())
                .withPrograms(loaded.programs().isEmpty() ? DemoDataset.programs() : loaded.programs());
        Vigil vigil = null;
        VigilServer server = null;
        try {
            out.println("vigil: starting the embedded engine in " + dataDir.path() + " ...");
            out.flush();
            vigil = Vigil.open(config, System.getenv(), false);
            DeliveryReport report = DemoDataset.load(vigil.pipeline(), vigil.datasets(), Clock.systemUTC());
            out.printf("vigil: demo data loaded: %,d events indexed%n", report.indexed() + report.alreadyPresent());
            KeyStore keys = new KeyStore(dataDir.path(), Clock.systemUTC());
            NewKey key = keys.create("demo", List.of("*"), List.of("*"));
            server = new VigilServer(vigil, keys, System.getenv());
            URI url = server.start();
            out.println();
            out.println("  Vigil demo at " + url);
            out.println("  API key      " + key.plaintext());
            out.println("  try          curl -H 'Authorization: Bearer " + key.plaintext() + "' " + url.resolve("/api/stats"));
            out.println("  send events  curl -H 'Authorization: Bearer <key>' --data-binary @events.ndjson " + url.resolve("/ingest/ecs"));
            out.println();
            out.println("vigil: stop with Ctrl-C (the demo data directory is deleted)");
            out.flush();
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (vigil != null) {
                vigil.close();
            }
            dataDir.close();
            throw e;
        }
        VigilServer started = server;
        Vigil opened = vigil;
        UntilStopped.await(() -> {
            started.close();
            opened.close();
            dataDir.close();
        });
        return 0;
    }
}
