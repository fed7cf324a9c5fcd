package io.vigil.web.auth;

import io.vigil.web.keys.IngestKey;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a request: a user signed in with a session, or a sender presenting an ingest key (no
 * roles; the key's projects). Everything a request may see follows from this, see {@link #scope}.
 */
public record Principal(String name, Kind kind, List<Role> roles, List<String> projects) {

    public enum Kind {
        /** A user signed in through {@code /login}; requests carry the session cookie. */
        USER,
        /** A program presenting an ingest key as {@code Authorization: Bearer}. */
        KEY
    }

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        roles = roles.stream().distinct().sorted().toList();
        projects = List.copyOf(projects);
    }

    public static Principal of(User user) {
        return new Principal(user.name(), Kind.USER, user.roles(), user.projects());
    }

    public static Principal of(IngestKey key) {
        return new Principal(key.name(), Kind.KEY, List.of(), key.projects());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Where a user starts after login: the landing page of the first role; none for a key. */
    public Optional<String> landing() {
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles.get(0).landing());
    }

    /** The documents this principal may see; query code adds it to every query. */
    public ProjectScope scope() {
        if (hasRole(Role.ADMIN)) {
            return ProjectScope.everything();
        }
        return projects.contains(User.ALL_PROJECTS) ? ProjectScope.allProjects() : ProjectScope.of(projects);
    }
}
