package io.vigil.web.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void createdKeyHasTheDocumentedFormAndAuthenticates() {
        KeyStore store = new KeyStore(dataDir, CLOCK);

        NewKey created = store.create("shipper", List.of("ecs"), List.of("alpha", "beta"));

        assertThat(created.plaintext()).matches("vgl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(created.plaintext()).startsWith("vgl_" + created.key().id() + "_");
        assertThat(created.toString()).doesNotContain(created.plaintext().substring(17));
        IngestKey key = store.authenticate(created.plaintext()).orElseThrow();
        assertThat(key.name()).isEqualTo("shipper");
        assertThat(key.datasets()).containsExactly("ecs");
        assertThat(key.projects()).containsExactly("alpha", "beta");
        assertThat(key.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(key.revoked()).isFalse();
    }

    @Test
    void keysAreRandom() {
        KeyStore store = new KeyStore(dataDir, CLOCK);

        NewKey first = store.create("one", List.of("*"), List.of("*"));
        NewKey second = store.create("two", List.of("*"), List.of("*"));

        assertThat(first.key().id()).isNotEqualTo(second.key().id());
        assertThat(first.plaintext().substring(17)).isNotEqualTo(second.plaintext().substring(17));
    }

    @Test
    void refusesMalformedWrongAndUnknownKeys() {
        KeyStore store = new KeyStore(dataDir, CLOCK);
        String good = store.create("shipper", List.of("*"), List.of("*")).plaintext();
        String id = good.substring(4, 16);
        char last = good.charAt(good.length() - 1);
        String wrongSecret = good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(store.authenticate(wrongSecret)).isEmpty();
        assertThat(store.authenticate("vgl_000000000000_" + good.substring(17))).isEmpty();
        assertThat(store.authenticate(good.substring(0, good.length() - 1))).isEmpty();
        assertThat(store.authenticate("vgl_" + id)).isEmpty();
        assertThat(store.authenticate("")).isEmpty();
        assertThat(store.authenticate((String) null)).isEmpty();
        assertThat(store.authenticate(" " + good + " ")).isPresent();
    }

    @Test
    void revokedKeyNoLongerAuthenticatesAndStaysListed() {
        KeyStore store = new KeyStore(dataDir, CLOCK);
        NewKey created = store.create("shipper", List.of("*"), List.of("*"));

        IngestKey revoked = store.revoke("shipper");

        assertThat(revoked.revokedAt()).isEqualTo(CLOCK.instant());
        assertThat(store.authenticate(created.plaintext())).isEmpty();
        assertThat(store.list()).singleElement().satisfies(key -> assertThat(key.revoked()).isTrue());
    }

    @Test
    void revokesByIdAndExplainsWhatIsMissing() {
        KeyStore store = new KeyStore(dataDir, CLOCK);
        NewKey created = store.create("shipper", List.of("*"), List.of("*"));

        store.revoke(created.key().id());

        assertThatThrownBy(() -> store.revoke(created.key().id()))
                .hasMessageContaining("revoked already");
        assertThatThrownBy(() -> store.revoke("shipper"))
                .hasMessageContaining("no valid key with id or name 'shipper'")
                .hasMessageContaining("vigil keys list");
    }

    @Test
    void aRevokedNameCanBeReused() {
        KeyStore store = new KeyStore(dataDir, CLOCK);
        store.create("shipper", List.of("*"), List.of("*"));
        assertThatThrownBy(() -> store.create("shipper", List.of("*"), List.of("*")))
                .hasMessageContaining("exists already");

        store.revoke("shipper");
        NewKey again = store.create("shipper", List.of("*"), List.of("*"));

        assertThat(store.list()).hasSize(2);
        assertThat(store.authenticate(again.plaintext())).isPresent();
    }

    @Test
    void validatesNamesAndScopes() {
        KeyStore store = new KeyStore(dataDir, CLOCK);

        assertThatThrownBy(() -> store.create("", List.of("*"), List.of("*"))).hasMessageContaining("key name");
        assertThatThrownBy(() -> store.create("a b", List.of("*"), List.of("*"))).hasMessageContaining("key name");
        assertThatThrownBy(() -> store.create("ok", List.of(), List.of("*"))).hasMessageContaining("datasets");
        assertThatThrownBy(() -> store.create("ok", List.of("*"), List.of("a,b"))).hasMessageContaining("projects");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void fileHoldsOnlyHashesAndIsPrivate() throws IOException {
        KeyStore store = new KeyStore(dataDir, CLOCK);
        NewKey created = store.create("shipper", List.of("ecs"), List.of("*"));
        String secret = created.plaintext().substring(17);

        String content = Files.readString(dataDir.resolve(KeyStore.FILE_NAME));

        assertThat(content).doesNotContain(secret).doesNotContain(created.plaintext())
                .contains(created.key().secretSha256()).contains("\"secret_sha256\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(KeyStore.FILE_NAME))))
                .isEqualTo("rw-------");
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(KeyStore.FILE_NAME, KeyStore.FILE_NAME + ".lock");
        }
    }

    @Test
    void keysSurviveAReload() {
        KeyStore first = new KeyStore(dataDir, CLOCK);
        NewKey kept = first.create("kept", List.of("ecs", "cloudtrail"), List.of("alpha"));
        first.create("gone", List.of("*"), List.of("*"));
        first.revoke("gone");

        KeyStore reopened = new KeyStore(dataDir, CLOCK);

        assertThat(reopened.list()).isEqualTo(first.list());
        assertThat(reopened.authenticate(kept.plaintext())).contains(kept.key());
    }

    @Test
    void anotherInstanceSeesNewAndRevokedKeysWithoutRestart() {
        KeyStore server = new KeyStore(dataDir, CLOCK);
        KeyStore command = new KeyStore(dataDir, CLOCK);
        assertThat(server.list()).isEmpty();

        NewKey created = command.create("shipper", List.of("*"), List.of("*"));
        assertThat(server.authenticate(created.plaintext())).isPresent();

        command.revoke("shipper");
        assertThat(server.authenticate(created.plaintext())).isEmpty();

        NewKey second = command.create("second", List.of("*"), List.of("*"));
        assertThat(server.authenticate(second.plaintext())).isPresent();
        assertThat(server.list()).extracting(IngestKey::name).containsExactly("shipper", "second");
    }

    @Test
    void corruptFileIsReportedWithWhatToDo() throws IOException {
        Files.writeString(dataDir.resolve(KeyStore.FILE_NAME), "{\"version\":1,\"keys\":[");
        KeyStore store = new KeyStore(dataDir, CLOCK);

        assertThatThrownBy(store::list)
                .hasMessageContaining(dataDir.resolve(KeyStore.FILE_NAME).toString())
                .hasMessageContaining("not valid")
                .hasMessageContaining("vigil keys create");
    }
}
