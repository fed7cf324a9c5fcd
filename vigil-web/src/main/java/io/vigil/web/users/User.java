package io.vigil.web.users;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A local user as stored: the password only as its {@link PasswordHasher} hash. Roles are kept in
 * {@link Role} order, projects in the order granted; {@value #ALL_PROJECTS} grants every project.
 *
 * @param failedLogins failed sign-ins since the last successful one or the last lockout
 * @param lockedUntil  until when sign-ins are refused after too many failures, or {@code null}
 */
public record User(String name, String passwordHash, List<Role> roles, List<String> projects, int failedLogins,
                   Instant lockedUntil, Instant createdAt) {

    /** The project grant that stands for every project. */
    public static final String ALL_PROJECTS = "*";

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = roles.stream().distinct().sorted(Comparator.naturalOrder()).toList();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + name + "' needs at least one role; the roles are "
                    + Role.ids(List.of(Role.values())));
        }
        projects = projects.stream().distinct().toList();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Where the user starts after signing in: the landing page of the first role. */
    public String landing() {
        return roles.get(0).landing();
    }

    User withAccess(List<Role> newRoles, List<String> newProjects) {
        return new User(name, passwordHash, newRoles, newProjects, failedLogins, lockedUntil, createdAt);
    }

    User withLoginState(int failures, Instant until) {
        return new User(name, passwordHash, roles, projects, failures, until, createdAt);
    }

    @Override
    public String toString() {
        return "User[" + name + " roles=" + roles + " projects=" + projects + "]";
    }
}
