package io.vigil.app.command;

import io.vigil.app.demo.DemoDataset;
import io.vigil.app.demo.DemoLoad;
import io.vigil.app.demo.DemoUsers;
import io.vigil.app.runtime.ThrowawayDirectory;
import io.vigil.app.runtime.UntilStopped;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.VigilConfig;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.keys.NewKey;
import io.vigil.web.users.Role;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
            out.println("vigil: writing 30 days of demo data in the services' own formats and importing them ...");
            out.flush();
            DemoLoad demo = DemoDataset.load(vigil, Clock.systemUTC());
            out.printf(Locale.ROOT, "vigil: demo data loaded in %.1f s from %s: %s%n", demo.took().toMillis() / 1000.0,
                    demo.written().directory(), demo.summary());
            demo.problems().forEach(problem -> out.println("vigil: " + problem));
            KeyStore keys = new KeyStore(dataDir.path(), Clock.systemUTC());
            NewKey key = keys.create("demo", List.of("*"), List.of("*"));
            server = new VigilServer(vigil, keys, System.getenv());
            List<DemoUsers.Login> logins = DemoUsers.create(server.users());
            URI url = server.start();
            out.println();
            out.println("  Vigil demo at " + url + "  (sign in as any of these; the passwords are new each run)");
            out.println();
            out.printf("  %-18s %-26s %-20s %-24s %s%n", "user", "password", "role", "projects", "lands on");
            for (DemoUsers.Login login : logins) {
                out.printf("  %-18s %-26s %-20s %-24s %s%n", login.user().name(), login.password(),
                        Role.ids(login.user().roles()), String.join(",", login.user().projects()), login.user().landing());
            }
            out.println();
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
