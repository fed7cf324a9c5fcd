package io.vigil.app.command;

import io.vigil.app.runtime.UntilStopped;
import io.vigil.app.runtime.Vigil;
import io.vigil.app.runtime.VigilServer;
import io.vigil.core.config.VigilConfig;
import io.vigil.web.keys.KeyStore;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil serve}: the engine, the web server and the configured collectors, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the engine (embedded unless engine.url is set), the web server and the collectors of vigil.yml until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VigilConfig config = options.load();
        PrintWriter out = spec.commandLine().getOut();
        Vigil vigil = Vigil.open(config, System.getenv(), false);
        KeyStore keys = new KeyStore(config.dataDir(), Clock.systemUTC());
        VigilServer server = null;
        URI url;
        try {
            server = new VigilServer(vigil, keys, System.getenv());
            url = server.start();
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            vigil.close();
            throw e;
        }
        out.println("vigil: serving at " + url + " (engine: " + vigil.engine().describe() + ")");
        server.bootstrapAdmin().generated().ifPresent(password -> out.println("vigil: created the user 'admin' with"
                + " the password " + password + " (shown once; set VIGIL_ADMIN_PASSWORD to choose it)"));
        if (keys.list().isEmpty()) {
            out.println("vigil: no API keys yet; create one with: vigil keys create --name NAME");
        }
        out.println("vigil: stop with Ctrl-C");
        out.flush();
        VigilServer started = server;
        UntilStopped.await(() -> {
            started.close();
            vigil.close();
        });
        return 0;
    }
}
