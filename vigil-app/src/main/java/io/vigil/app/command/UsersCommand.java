package io.vigil.app.command;

import io.vigil.core.config.ProjectConfig;
import io.vigil.core.config.VigilConfig;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import io.vigil.web.users.UserStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil users add|list|remove|grant}: the web app's local users, their roles and project grants. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manages the web app's users (stored with Argon2id password hashes in the data directory).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.Grant.class})
public final class UsersCommand {

    static UserStore store(VigilConfig config) {
        return new UserStore(config.dataDir(), Clock.systemUTC());
    }

    static List<Role> roles(List<String> ids) {
        return ids == null ? null : ids.stream().map(Role::fromId).toList();
    }

    /** Project grants name configured projects, or {@code *}. */
    static List<String> projects(List<String> names, VigilConfig config) {
        if (names != null) {
            Set<String> known = config.programs().stream().flatMap(program -> program.projects().stream())
                    .map(ProjectConfig::name).collect(Collectors.toSet());
            KeysCommand.requireKnown("project", names, known);
        }
        return names;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user. The password is asked twice on a terminal, or read from the first line of",
                    "standard input (at least 12 characters)."})
    static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--roles", split = ",", required = true,
                description = "program-manager, project-manager, developer, security-engineer, sysadmin, admin, demo.")
        List<String> roles;
        @Option(names = "--projects", split = ",", defaultValue = "*", description = "Projects the user sees (default: all).")
        List<String> projects;

        @Override
        public Integer call() {
            VigilConfig config = options.load();
            User user = store(config).add(name, password(), roles(roles), projects(projects, config));
            spec.commandLine().getOut().println("added " + user.name() + " (roles " + Role.ids(user.roles())
                    + ", projects " + String.join(",", user.projects()) + ")");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users (never their password hashes).")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-20s %-36s %-28s %-22s %s%n", "name", "roles", "projects", "created", "locked until");
            for (User user : store(options.load()).list()) {
                out.printf("%-20s %-36s %-28s %-22s %s%n", user.name(), Role.ids(user.roles()),
                        String.join(",", user.projects()), user.createdAt(),
                        user.lockedUntil() == null ? "-" : user.lockedUntil());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a user; their sessions end.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            User removed = store(options.load()).remove(name);
            spec.commandLine().getOut().println("removed " + removed.name());
            return 0;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Replaces a user's roles and/or projects (an option left out keeps what the user has).")
    static final class Grant implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--roles", split = ",", description = "The user's roles from now on.")
        List<String> roles;
        @Option(names = "--projects", split = ",", description = "The user's projects from now on, or *.")
        List<String> projects;

        @Override
        public Integer call() {
            if (roles == null && projects == null) {
                throw new IllegalArgumentException("give --roles, --projects or both");
            }
            VigilConfig config = options.load();
            User user = store(config).grant(name, roles(roles), projects(projects, config));
            spec.commandLine().getOut().println(user.name() + ": roles " + Role.ids(user.roles())
                    + ", projects " + String.join(",", user.projects()));
            return 0;
        }
    }

    /** The new password: twice on a terminal (not echoed), else the first line of standard input. */
    private static String password() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] again = console.readPassword("again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ; nothing was changed");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("no password: type it on a terminal or give it on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
