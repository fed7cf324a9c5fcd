package io.vigil.app.command;

import io.vigil.core.config.ProjectConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.sources.SourceCatalog;
import io.vigil.web.keys.IngestKey;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.keys.NewKey;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil keys create|list|revoke}: API keys for the ingest endpoints and the API. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Manages API keys (stored hashed in the data directory; a running vigil serve sees changes at once).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand {

    static KeyStore store(VigilConfig config) {
        return new KeyStore(config.dataDir(), Clock.systemUTC());
    }

    /** A scope names known datasets and configured projects, or {@code *}. */
    static void requireKnown(String kind, List<String> names, Set<String> known) {
        for (String name : names) {
            if (!IngestKey.ALL.equals(name) && !known.contains(name)) {
                throw new IllegalArgumentException("unknown " + kind + " '" + name + "'; known: "
                        + (known.isEmpty() ? "none configured" : String.join(", ", new TreeSet<>(known))) + ", or *");
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a key and prints it once; only its hash is stored.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Option(names = "--name", required = true, description = "A name to recognize the key by.")
        String name;
        @Option(names = "--datasets", split = ",", defaultValue = "*", description = "Datasets it may send to (default: all).")
        List<String> datasets;
        @Option(names = "--projects", split = ",", defaultValue = "*", description = "Projects its documents may belong to (default: all).")
        List<String> projects;

        @Override
        public Integer call() {
            VigilConfig config = options.load();
            requireKnown("dataset", datasets, SourceCatalog.datasets().indexSpecs().keySet());
            requireKnown("project", projects, config.programs().stream()
                    .flatMap(program -> program.projects().stream()).map(ProjectConfig::name).collect(Collectors.toSet()));
            NewKey key = store(config).create(name, datasets, projects);
            PrintWriter out = spec.commandLine().getOut();
            out.println(key.plaintext());
            spec.commandLine().getErr().println("vigil: key " + key.key().id() + " (" + name + ") created for datasets "
                    + datasets + " and projects " + projects + "; it is shown only now");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-14s %-20s %-20s %-20s %-22s %s%n", "id", "name", "datasets", "projects", "created", "revoked");
            for (IngestKey key : store(options.load()).list()) {
                out.printf("%-14s %-20s %-20s %-20s %-22s %s%n", key.id(), key.name(), String.join(",", key.datasets()),
                        String.join(",", key.projects()), key.createdAt(), key.revokedAt() == null ? "-" : key.revokedAt());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key by id or name.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "KEY", description = "The key's id or name.")
        String key;

        @Override
        public Integer call() {
            IngestKey revoked = store(options.load()).revoke(key);
            spec.commandLine().getOut().println("revoked " + revoked.id() + " (" + revoked.name() + ")");
            return 0;
        }
    }
}
