package io.vigil.web.users;

import io.vigil.core.document.Ecs;
import io.vigil.web.file.PrivateListFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local users of one data directory, in {@code <dataDir>/users.json} (mode 600, written atomically
 * under a lock file, re-read when changed, so a running server sees what {@code vigil users} did in
 * another process). Passwords are kept only as Argon2id hashes. The last admin can be neither removed
 * nor demoted, so that someone can always manage users.
 */
public final class UserStore {

    public static final String FILE_NAME = "users.json";
    /** The user the first start creates. */
    public static final String ADMIN_NAME = "admin";
    /** Where the first start takes the admin's password from; generated when unset. */
    public static final String ADMIN_PASSWORD_ENV = "VIGIL_ADMIN_PASSWORD";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern PROJECT = Pattern.compile("[^\\s,\\p{Cntrl}]{1,128}");
    private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final PrivateListFile<User> file;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    public UserStore(Path dataDir, Clock clock) {
        this(dataDir, clock, new PasswordHasher());
    }

    public UserStore(Path dataDir, Clock clock, PasswordHasher hasher) {
        this.file = new PrivateListFile<>(dataDir.resolve(FILE_NAME), "users", User.class, "user file",
                "restore it from a backup, or move it away and restart Vigil to create a new admin");
        this.clock = clock;
        this.hasher = hasher;
    }

    public Path file() {
        return file.path();
    }

    /**
     * Adds a user with the roles and the projects granted ({@value User#ALL_PROJECTS} for all).
     *
     * @throws IllegalArgumentException when the name is taken or not valid, the password too weak, no role
     *                                  is given or a project name is not valid
     */
    public User add(String name, String password, Collection<Role> roles, List<String> projects) {
        requireName(name);
        PasswordPolicy.check(password);
        List<String> granted = projects == null ? List.of() : projects;
        requireAccess(name, roles, granted);
        String hash = hasher.hash(password);
        return file.modify(users -> {
            if (find(users, name).isPresent()) {
                throw new IllegalArgumentException("a user named '" + name + "' exists already;"
                        + " choose another name, or change its access with 'vigil users grant " + name + "'");
            }
            User user = new User(name, hash, List.copyOf(roles), granted, 0, null, clock.instant());
            users.add(user);
            return user;
        });
    }

    /** Every user, oldest first. */
    public List<User> list() {
        return file.read();
    }

    public Optional<User> find(String name) {
        return find(list(), name);
    }

    /**
     * Removes a user; their sessions end with their next request.
     *
     * @throws IllegalArgumentException when there is no such user, or it is the last admin
     */
    public User remove(String name) {
        return file.modify(users -> {
            User user = require(users, name);
            users.remove(user);
            requireAnAdminLeft(user, users, "remove '" + name + "'");
            return user;
        });
    }

    /**
     * Sets a user's roles and projects; {@code null} keeps what the user has. The change applies to
     * the user's open sessions from their next request on.
     *
     * @throws IllegalArgumentException when there is no such user, the access is not valid, or it would
     *                                  leave no admin
     */
    public User grant(String name, Collection<Role> roles, List<String> projects) {
        return file.modify(users -> {
            User user = require(users, name);
            List<Role> newRoles = roles == null ? user.roles() : List.copyOf(roles);
            List<String> newProjects = projects == null ? user.projects() : projects;
            requireAccess(name, newRoles, newProjects);
            User changed = user.withAccess(newRoles, newProjects);
            users.set(users.indexOf(user), changed);
            requireAnAdminLeft(user, users, "take the admin role from '" + name + "'");
            return changed;
        });
    }

    /**
     * On first start, when no user has the admin role: creates {@value #ADMIN_NAME} with every project,
     * using the password from {@value #ADMIN_PASSWORD_ENV} when given, or a generated one the answer
     * carries for the caller to print once.
     *
     * @param environmentPassword the value of {@value #ADMIN_PASSWORD_ENV}, or {@code null} when unset
     * @throws IllegalArgumentException when that password is too weak, or the name is taken by a non-admin
     */
    public AdminBootstrap bootstrapAdmin(String environmentPassword) {
        if (hasAdmin(list())) {
            return AdminBootstrap.notNeeded();
        }
        boolean generate = environmentPassword == null || environmentPassword.isEmpty();
        String password = generate ? generatePassword() : environmentPassword;
        try {
            PasswordPolicy.check(password);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ADMIN_PASSWORD_ENV + ": " + e.getMessage()
                    + ", or unset it to have a password generated", e);
        }
        String hash = hasher.hash(password);
        return file.modify(users -> {
            if (hasAdmin(users)) {
                return AdminBootstrap.notNeeded();
            }
            if (find(users, ADMIN_NAME).isPresent()) {
                throw new IllegalArgumentException("no user has the admin role and the name '" + ADMIN_NAME
                        + "' is taken: give it the role with 'vigil users grant " + ADMIN_NAME + " --roles admin'");
            }
            users.add(new User(ADMIN_NAME, hash, List.of(Role.ADMIN), List.of(User.ALL_PROJECTS), 0, null,
                    clock.instant()));
            return new AdminBootstrap(true, ADMIN_NAME, generate ? password : null);
        });
    }

    /**
     * Checks a sign-in and keeps count of failures: the user when the password matches and the user
     * is not locked out. Unknown names take as long as known ones. Failures are counted under the file
     * lock after the password was checked, so sign-ins in parallel cannot try more passwords than the
     * lockout allows; the failure that reaches {@link Lockout#maxFailures} locks the user for
     * {@link Lockout#duration}, and a success resets the count.
     */
    public Optional<User> authenticate(String name, String password, Lockout lockout) {
        Optional<User> known = find(name);
        if (known.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        boolean matches;
        try {
            matches = hasher.verify(password, known.get().passwordHash());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the password hash of user '" + name + "' in " + file() + " is not valid ("
                    + e.getMessage() + "); remove the user and add it again", e);
        }
        return file.modify(users -> {
            Optional<User> current = find(users, name);
            // the user may have been removed, or re-created with another password, since it was read
            if (current.isEmpty() || !current.get().passwordHash().equals(known.get().passwordHash())) {
                return Optional.empty();
            }
            User user = current.get();
            Instant now = clock.instant();
            if (user.lockedAt(now)) {
                return Optional.empty();
            }
            if (matches) {
                User reset = user.withLoginState(0, null);
                users.set(users.indexOf(user), reset);
                return Optional.of(reset);
            }
            int failures = user.failedLogins() + 1;
            users.set(users.indexOf(user), failures >= lockout.maxFailures()
                    ? user.withLoginState(0, now.plus(lockout.duration()))
                    : user.withLoginState(failures, null));
            return Optional.empty();
        });
    }

    /** A random password of 24 letters and digits (about 140 bits), with no look-alike characters. */
    public String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Optional<User> find(List<User> users, String name) {
        return users.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    private static User require(List<User> users, String name) {
        return find(users, name).orElseThrow(() -> new IllegalArgumentException("no user named '" + name
                + "'; 'vigil users list' shows the users"));
    }

    private static boolean hasAdmin(List<User> users) {
        return users.stream().anyMatch(user -> user.hasRole(Role.ADMIN));
    }

    /** Refuses a change to a user that leaves the users without the admin they had. */
    private static void requireAnAdminLeft(User changed, List<User> users, String change) {
        if (changed.hasRole(Role.ADMIN) && !hasAdmin(users)) {
            throw new IllegalArgumentException("cannot " + change + ": it would leave no admin;"
                    + " give another user the admin role first");
        }
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' is not valid: use 1 to 64 letters, digits,"
                    + " '.', '_', '-' or '@', starting with a letter or digit");
        }
    }

    private static void requireAccess(String name, Collection<Role> roles, List<String> projects) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + name + "' needs at least one role; the roles are "
                    + Role.ids(List.of(Role.values())));
        }
        for (String project : projects) {
            if (project == null || !PROJECT.matcher(project).matches()) {
                throw new IllegalArgumentException("'" + project + "' is not a valid project: use a name without"
                        + " spaces or commas, or '" + User.ALL_PROJECTS + "' for all");
            }
            if (project.equals(Ecs.UNASSIGNED)) {
                throw new IllegalArgumentException("'" + Ecs.UNASSIGNED + "' cannot be granted: documents of no"
                        + " project are shown to admins only");
            }
        }
    }
}
