package io.vigil.web.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateListFileTest {

    record Item(String name, int count) {
    }

    @TempDir
    Path dir;

    private PrivateListFile<Item> open() {
        return new PrivateListFile<>(dir.resolve("items.json"), "items", Item.class, "item file", "delete it");
    }

    @Test
    void isEmptyUntilWritten() {
        assertThat(open().read()).isEmpty();
        assertThat(dir.resolve("items.json")).doesNotExist();
    }

    @Test
    void writesTheVersionedListOwnerOnlyAndLeavesOnlyTheLockBeside() throws IOException {
        PrivateListFile<Item> file = open();

        String answer = file.modify(items -> {
            items.add(new Item("first_item", 1));
            return "added";
        });

        assertThat(answer).isEqualTo("added");
        Path path = dir.resolve("items.json");
        assertThat(Files.readString(path)).contains("\"version\" : 1").contains("\"first_item\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("items.json", "items.json.lock");
        }
        assertThat(file.read()).containsExactly(new Item("first_item", 1));
    }

    @Test
    void anotherInstanceSeesEveryChange() {
        PrivateListFile<Item> server = open();
        PrivateListFile<Item> command = open();
        assertThat(server.read()).isEmpty();

        command.modify(items -> items.add(new Item("a", 1)));
        assertThat(server.read()).containsExactly(new Item("a", 1));

        command.modify(items -> items.set(0, new Item("a", 2)));
        assertThat(server.read()).containsExactly(new Item("a", 2));
    }

    @Test
    void aChangeThatAltersNothingDoesNotRewriteTheFile() throws IOException {
        PrivateListFile<Item> file = open();
        file.modify(items -> items.add(new Item("a", 1)));
        Object before = Files.readAttributes(dir.resolve("items.json"), "unix:ino").get("ino");

        file.modify(items -> items.set(0, new Item("a", 1)));

        assertThat(Files.readAttributes(dir.resolve("items.json"), "unix:ino").get("ino")).isEqualTo(before);
    }

    @Test
    void aFailedChangeLeavesTheFileAsItWas() {
        PrivateListFile<Item> file = open();
        file.modify(items -> items.add(new Item("a", 1)));

        assertThatThrownBy(() -> file.modify(items -> {
            items.clear();
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");

        assertThat(open().read()).containsExactly(new Item("a", 1));
    }

    @Test
    void reportsACorruptFileWithWhereAndWhatToDo() throws IOException {
        Files.writeString(dir.resolve("items.json"), "{\"version\":1,\"items\":[");

        assertThatThrownBy(() -> open().read()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item file " + dir.resolve("items.json"))
                .hasMessageContaining("is not valid").hasMessageContaining("delete it");
    }

    @Test
    void reportsAnotherFormatVersion() throws IOException {
        Files.writeString(dir.resolve("items.json"), "{\"version\":2,\"items\":[]}");

        assertThatThrownBy(() -> open().read()).hasMessageContaining("format version 2")
                .hasMessageContaining("matching Vigil version");
    }

    @Test
    void keepsTheFileOwnerOnlyWhenItWasOpenedUpByHand() throws IOException {
        PrivateListFile<Item> file = open();
        file.modify(items -> items.add(new Item("a", 1)));
        Files.setPosixFilePermissions(dir.resolve("items.json"), PosixFilePermissions.fromString("rw-r--r--"));

        file.modify(items -> items.add(new Item("b", 2)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("items.json"))))
                .isEqualTo("rw-------");
        assertThat(file.read()).extracting(Item::name).containsExactly("a", "b");
    }
}
