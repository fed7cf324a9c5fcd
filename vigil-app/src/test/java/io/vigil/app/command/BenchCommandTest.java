package io.vigil.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.VigilMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = VigilMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void dashboardsHelpNamesItsOptions() {
        String[] run = run("bench", "dashboards", "--help");
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).contains("Usage: vigil bench dashboards").contains("--events").contains("--findings")
                .contains("--iterations").contains("--ingest-rate").contains("--keep-data").contains("--clear-fielddata");
    }

    @Test
    void dashboardsRefusesNonsenseBeforeStartingAnEngine() {
        String[] run = run("bench", "dashboards", "--iterations", "0", "--keep-data", dir.resolve("data").toString());
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("--events and --iterations must be at least 1");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
