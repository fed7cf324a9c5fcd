package io.vigil.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.web.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Lockout LOCKOUT = new Lockout(5, Duration.ofMinutes(15));

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));

    private UserStore store() {
        return new UserStore(dataDir, clock);
    }

    @Test
    void addsUsersWithRolesAndProjects() {
        UserStore store = store();

        User alice = store.add("alice", PASSWORD, List.of(Role.DEVELOPER, Role.PROJECT_MANAGER), List.of("alpha", "beta"));

        assertThat(alice.roles()).as("kept in role order").containsExactly(Role.PROJECT_MANAGER, Role.DEVELOPER);
        assertThat(alice.projects()).containsExactly("alpha", "beta");
        assertThat(alice.createdAt()).isEqualTo(clock.instant());
        assertThat(alice.failedLogins()).isZero();
        assertThat(alice.lockedUntil()).isNull();
        assertThat(alice.landing()).isEqualTo("/dashboards/vulnerabilities");
        assertThat(store.list()).containsExactly(alice);
        assertThat(store.find("alice")).contains(alice);
        assertThat(store.find("bob")).isEmpty();
    }

    @Test
    void theFileHoldsOnlyTheHashAndIsPrivate() throws IOException {
        User alice = store().add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("*"));

        Path file = dataDir.resolve(UserStore.FILE_NAME);
        String content = Files.readString(file);
        assertThat(content).doesNotContain(PASSWORD).contains(alice.passwordHash()).contains("\"password_hash\"")
                .contains("\"developer\"").contains("\"failed_logins\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(alice.toString()).doesNotContain(alice.passwordHash());
    }

    @Test
    void validatesWhatIsAdded() {
        UserStore store = store();
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of());

        assertThatThrownBy(() -> store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of()))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> store.add("a b", PASSWORD, List.of(Role.DEVELOPER), List.of()))
                .hasMessageContaining("user name 'a b' is not valid");
        assertThatThrownBy(() -> store.add("bob", "too short", List.of(Role.DEVELOPER), List.of()))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> store.add("bob", PASSWORD, List.of(), List.of()))
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> store.add("bob", PASSWORD, List.of(Role.DEVELOPER), List.of("a,b")))
                .hasMessageContaining("not a valid project");
        assertThatThrownBy(() -> store.add("bob", PASSWORD, List.of(Role.DEVELOPER), List.of("unassigned")))
                .hasMessageContaining("admins only");
        assertThat(store.list()).extracting(User::name).containsExactly("alice");
    }

    @Test
    void removesUsers() {
        UserStore store = store();
        store.add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));

        assertThat(store.remove("alice").name()).isEqualTo("alice");

        assertThat(store.list()).extracting(User::name).containsExactly("root");
        assertThatThrownBy(() -> store.remove("alice")).hasMessageContaining("no user named 'alice'")
                .hasMessageContaining("vigil users list");
    }

    @Test
    void grantSetsRolesAndProjectsAndNullKeepsThem() {
        UserStore store = store();
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));

        User projects = store.grant("alice", null, List.of("alpha", "beta"));
        User roles = store.grant("alice", List.of(Role.SECURITY_ENGINEER), null);

        assertThat(projects.roles()).containsExactly(Role.DEVELOPER);
        assertThat(projects.projects()).containsExactly("alpha", "beta");
        assertThat(roles.roles()).containsExactly(Role.SECURITY_ENGINEER);
        assertThat(roles.projects()).containsExactly("alpha", "beta");
        assertThat(store.find("alice")).contains(roles);
        assertThatThrownBy(() -> store.grant("alice", List.of(), null)).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> store.grant("nobody", null, List.of("alpha"))).hasMessageContaining("no user");
    }

    @Test
    void theLastAdminCanBeNeitherRemovedNorDemoted() {
        UserStore store = store();
        store.add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));

        assertThatThrownBy(() -> store.remove("root")).hasMessageContaining("leave no admin");
        assertThatThrownBy(() -> store.grant("root", List.of(Role.DEVELOPER), null)).hasMessageContaining("leave no admin");

        store.add("second", PASSWORD, List.of(Role.ADMIN), List.of());
        store.remove("root");
        assertThat(store.list()).extracting(User::name).containsExactly("second");
    }

    @Test
    void bootstrapCreatesTheAdminWithTheEnvironmentPassword() {
        UserStore store = store();

        AdminBootstrap bootstrap = store.bootstrapAdmin("a long admin passphrase");

        assertThat(bootstrap.created()).isTrue();
        assertThat(bootstrap.generated()).isEmpty();
        User admin = store.find(UserStore.ADMIN_NAME).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.projects()).containsExactly("*");
        assertThat(store.authenticate("admin", "a long admin passphrase", LOCKOUT)).isPresent();
    }

    @Test
    void bootstrapGeneratesAPasswordWhenTheEnvironmentHasNone() {
        UserStore store = store();

        AdminBootstrap bootstrap = store.bootstrapAdmin(null);

        String generated = bootstrap.generated().orElseThrow();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
        assertThat(bootstrap.toString()).doesNotContain(generated);
        assertThat(store.authenticate("admin", generated, LOCKOUT)).isPresent();
        assertThat(new UserStore(dataDir, clock).bootstrapAdmin("").generated())
                .isEmpty();
    }

    @Test
    void bootstrapDoesNothingWhenAnAdminExists() {
        UserStore store = store();
        store.add("root", PASSWORD, List.of(Role.ADMIN), List.of("*"));

        AdminBootstrap bootstrap = store.bootstrapAdmin(null);

        assertThat(bootstrap.created()).isFalse();
        assertThat(bootstrap.generated()).isEmpty();
        assertThat(store.list()).extracting(User::name).containsExactly("root");
    }

    @Test
    void bootstrapRefusesAWeakEnvironmentPasswordAndATakenName() {
        assertThatThrownBy(() -> store().bootstrapAdmin("admin")).hasMessageContaining(UserStore.ADMIN_PASSWORD_ENV)
                .hasMessageContaining("at least 12").hasMessageNotContaining(": admin");

        UserStore store = store();
        store.add("admin", PASSWORD, List.of(Role.DEVELOPER), List.of());
        assertThatThrownBy(() -> store.bootstrapAdmin(null)).hasMessageContaining("vigil users grant admin --roles admin");
    }

    @Test
    void authenticatesTheRightPasswordOnly() {
        UserStore store = store();
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of());

        assertThat(store.authenticate("alice", PASSWORD, LOCKOUT)).hasValueSatisfying(
                user -> assertThat(user.name()).isEqualTo("alice"));
        assertThat(store.authenticate("alice", PASSWORD + "!", LOCKOUT)).isEmpty();
        assertThat(store.authenticate("nobody", PASSWORD, LOCKOUT)).isEmpty();
        assertThat(store.authenticate("Alice", PASSWORD, LOCKOUT)).as("names are exact").isEmpty();
    }

    @Test
    void fiveFailuresLockTheUserEvenAgainstTheRightPasswordUntilTheLockoutEnds() {
        UserStore store = store();
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of());

        for (int i = 1; i <= 4; i++) {
            assertThat(store.authenticate("alice", "wrong password " + i, LOCKOUT)).isEmpty();
            assertThat(store.find("alice").orElseThrow().failedLogins()).isEqualTo(i);
        }
        assertThat(store.authenticate("alice", "wrong password 5", LOCKOUT)).isEmpty();

        User locked = store.find("alice").orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(store.authenticate("alice", PASSWORD, LOCKOUT)).as("locked").isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(store.authenticate("alice", PASSWORD, LOCKOUT)).as("still locked").isEmpty();
        assertThat(store.find("alice").orElseThrow().lockedUntil()).as("attempts while locked do not extend it")
                .isEqualTo(locked.lockedUntil());

        clock.advance(Duration.ofMinutes(1));
        User in = store.authenticate("alice", PASSWORD, LOCKOUT).orElseThrow();
        assertThat(in.failedLogins()).isZero();
        assertThat(in.lockedUntil()).isNull();
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        UserStore store = store();
        store.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of());
        for (int i = 0; i < 4; i++) {
            store.authenticate("alice", "wrong password", LOCKOUT);
        }

        assertThat(store.authenticate("alice", PASSWORD, LOCKOUT)).isPresent();
        for (int i = 0; i < 4; i++) {
            store.authenticate("alice", "wrong password", LOCKOUT);
        }

        assertThat(store.find("alice").orElseThrow().lockedAt(clock.instant())).isFalse();
        assertThat(store.authenticate("alice", PASSWORD, LOCKOUT)).isPresent();
    }

    @Test
    void anotherInstanceSeesUsersAddedChangedAndRemoved() {
        UserStore server = store();
        UserStore command = store();
        assertThat(server.list()).isEmpty();

        command.add("alice", PASSWORD, List.of(Role.DEVELOPER), List.of("alpha"));
        assertThat(server.find("alice")).isPresent();

        command.grant("alice", null, List.of("beta"));
        assertThat(server.find("alice").orElseThrow().projects()).containsExactly("beta");

        command.add("root", PASSWORD, List.of(Role.ADMIN), List.of());
        command.remove("alice");
        assertThat(server.find("alice")).isEmpty();
    }

    @Test
    void aCorruptFileSaysWhatToDo() throws IOException {
        Files.writeString(dataDir.resolve(UserStore.FILE_NAME),
                "{\"version\":1,\"users\":[{\"name\":\"a\",\"password_hash\":\"x\",\"roles\":[\"root\"],\"projects\":[],"
                        + "\"created_at\":\"2026-11-02T10:00:00Z\"}]}");

        assertThatThrownBy(() -> store().list()).hasMessageContaining(UserStore.FILE_NAME)
                .hasMessageContaining("'root' is not a role").hasMessageContaining("restore it from a backup");
    }
}
