package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command surface: version, help on every command, and errors that stop before any engine starts. */
class VigilCommandTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesVigilAndJava() {
        VigilRun run = VigilRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("vigil 0.1.0").contains("Java 17");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"serve"}, {"demo"}, {"ingest"}, {"status"}, {"keys"},
                {"keys", "create"}, {"keys", "list"}, {"keys", "revoke"}, {"bench"}, {"bench", "ingest"}, {"bench", "cloudtrail-parse"}, {"bench", "cloudtrail-ingest"},
                {"bench", "findings-lifecycle"}, {"bench", "findings-parse"}, {"bench", "dashboards"}, {"users"}, {"users", "add"}, {"users", "list"},
                {"users", "remove"}, {"users", "grant"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            VigilRun run = VigilRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).as(String.join(" ", command)).contains("Usage: vigil " + String.join(" ", command));
        }
    }

    @Test
    void unknownDatasetIsRefusedWithTheKnownOnes() {
        VigilRun run = VigilRun.of("ingest", "nosuch", dir.toString(), "--data-dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown dataset 'nosuch'").contains("ecs");
    }

    @Test
    void s3InputsAreCheckedBeforeAnythingStarts() {
        VigilRun wrongDataset = VigilRun.of("ingest", "ecs", "s3://bucket/AWSLogs/", "--data-dir", dir.toString());
        assertThat(wrongDataset.exitCode()).isEqualTo(2);
        assertThat(wrongDataset.err()).contains("s3:// inputs are read for datasets AWS delivers to S3 (cloudtrail, guardduty), not for ecs");
        VigilRun badUri = VigilRun.of("ingest", "cloudtrail", "s3://", "--data-dir", dir.toString());
        assertThat(badUri.exitCode()).isEqualTo(2);
        assertThat(badUri.err()).contains("s3://");
        assertThat(dir.resolve("engine")).doesNotExist();
    }

    @Test
    void missingInputIsNamed() {
        VigilRun run = VigilRun.of("ingest", "ecs", dir.resolve("absent.ndjson").toString(), "--data-dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent.ndjson: no such file or directory");
    }

    @Test
    void configurationErrorNamesTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("vigil.yml"), "bulk:\n  linger: later\n");
        VigilRun run = VigilRun.of("status", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bulk.linger").contains("500ms");
    }

    @Test
    void keysAreCreatedListedAndRevokedWithoutShowingSecretsTwice() {
        VigilRun created = VigilRun.of("keys", "create", "--name", "shipper", "--datasets", "ecs", "--data-dir", dir.toString());
        assertThat(created.exitCode()).isZero();
        String key = created.out().trim();
        assertThat(key).startsWith("vgl_");
        VigilRun listed = VigilRun.of("keys", "list", "--data-dir", dir.toString());
        assertThat(listed.out()).contains("shipper").contains("ecs").doesNotContain(key);
        VigilRun revoked = VigilRun.of("keys", "revoke", "shipper", "--data-dir", dir.toString());
        assertThat(revoked.exitCode()).isZero();
        assertThat(VigilRun.of("keys", "list", "--data-dir", dir.toString()).out().lines()
                .filter(line -> line.contains("shipper"))).singleElement().asString().doesNotEndWith("-");
    }

    @Test
    void keyScopesMustNameKnownDatasetsAndConfiguredProjects() throws Exception {
        VigilRun dataset = VigilRun.of("keys", "create", "--name", "k", "--datasets", "cloudtrial", "--data-dir", dir.toString());
        assertThat(dataset.exitCode()).isEqualTo(2);
        assertThat(dataset.err()).contains("unknown dataset 'cloudtrial'").contains("ecs");

        Path config = Files.writeString(dir.resolve("vigil.yml"), "programs:\n  - name: p\n    projects:\n      - name: checkout\n");
        VigilRun project = VigilRun.of("keys", "create", "--name", "k", "--projects", "checkuot", "--config", config.toString(),
                "--data-dir", dir.toString());
        assertThat(project.err()).contains("unknown project 'checkuot'; known: checkout, or *");
        VigilRun scoped = VigilRun.of("keys", "create", "--name", "k", "--projects", "checkout", "--config", config.toString(),
                "--data-dir", dir.toString());
        assertThat(scoped.exitCode()).isZero();
    }

    @Test
    void usersAreAddedGrantedListedAndRemovedWithoutShowingPasswords() throws Exception {
        Path config = Files.writeString(dir.resolve("vigil.yml"),
                "programs:\n  - name: p\n    projects:\n      - name: checkout\n      - name: billing\n");
        VigilRun weak = withStdin("short\n", () -> VigilRun.of("users", "add", "ana", "--roles", "developer",
                "--config", config.toString(), "--data-dir", dir.toString()));
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("12");

        VigilRun added = withStdin("correct horse battery staple\n", () -> VigilRun.of("users", "add", "ana",
                "--roles", "developer", "--projects", "checkout", "--config", config.toString(), "--data-dir", dir.toString()));
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("added ana (roles developer, projects checkout)");
        VigilRun unknownRole = VigilRun.of("users", "grant", "ana", "--roles", "hacker", "--config", config.toString(),
                "--data-dir", dir.toString());
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        VigilRun granted = VigilRun.of("users", "grant", "ana", "--projects", "checkout,billing", "--config", config.toString(),
                "--data-dir", dir.toString());
        assertThat(granted.out()).contains("ana: roles developer, projects checkout,billing");

        VigilRun listed = VigilRun.of("users", "list", "--config", config.toString(), "--data-dir", dir.toString());
        assertThat(listed.out()).contains("ana").contains("checkout,billing").doesNotContain("argon2")
                .doesNotContain("correct horse");
        assertThat(Files.readString(dir.resolve("users.json"))).contains("$argon2id$").doesNotContain("correct horse");

        assertThat(VigilRun.of("users", "remove", "ana", "--data-dir", dir.toString()).out()).contains("removed ana");
        assertThat(VigilRun.of("users", "list", "--data-dir", dir.toString()).out()).doesNotContain("ana");
    }

    private static VigilRun withStdin(String input, java.util.function.Supplier<VigilRun> run) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(before);
        }
    }
}
