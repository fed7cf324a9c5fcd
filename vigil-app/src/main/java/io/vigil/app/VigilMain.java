package io.vigil.app;

import io.vigil.app.command.BenchCommand;
import io.vigil.app.command.DemoCommand;
import io.vigil.app.command.IngestCommand;
import io.vigil.app.command.KeysCommand;
import io.vigil.app.command.ServeCommand;
import io.vigil.app.command.StatusCommand;
import io.vigil.app.command.UsersCommand;
import io.vigil.core.config.ConfigException;
import io.vigil.engine.EngineStartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VigilVersion.class,
        description = "DevSecOps analytics for teams that build and run software on AWS.",
        subcommands = {ServeCommand.class, DemoCommand.class, IngestCommand.class, StatusCommand.class,
                KeysCommand.class, UsersCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class VigilMain {

    /** Exit code for errors that stop a command (bad configuration, engine unreachable). */
    public static final int ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new VigilMain());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("vigil: " + userMessage(exception));
            return ERROR;
        });
        return commandLine;
    }

    /** Errors a user can fix are printed as their one line; anything else with its type. */
    private static String userMessage(Exception exception) {
        if (exception instanceof ConfigException || exception instanceof EngineStartException
                || exception instanceof IllegalArgumentException) {
            return exception.getMessage();
        }
        return exception.getClass().getSimpleName() + ": " + exception.getMessage();
    }
}
