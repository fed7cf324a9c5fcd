package io.vigil.web.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Ecs;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which documents a principal may see, computed on the server from the principal alone (never from
 * the request), for query code to add to every query, API answer and export. A document belongs to
 * the projects in its {@code vigil.project} field and is visible when one of them is in scope.
 * Documents of no project ({@code unassigned}) and dead letters are for admins only.
 */
public final class ProjectScope {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ProjectScope EVERYTHING = new ProjectScope(Extent.EVERYTHING, Set.of());
    private static final ProjectScope ALL_PROJECTS = new ProjectScope(Extent.ALL_PROJECTS, Set.of());

    private enum Extent { EVERYTHING, ALL_PROJECTS, LISTED }

    private final Extent extent;
    private final Set<String> projects;

    private ProjectScope(Extent extent, Set<String> projects) {
        this.extent = extent;
        this.projects = projects;
    }

    /** Every document, unassigned ones and dead letters included: admins. */
    public static ProjectScope everything() {
        return EVERYTHING;
    }

    /** Every document of any project, but neither unassigned ones nor dead letters. */
    public static ProjectScope allProjects() {
        return ALL_PROJECTS;
    }

    /** The documents of these projects; {@code unassigned} among them is ignored. No projects: nothing. */
    public static ProjectScope of(Collection<String> projects) {
        SortedSet<String> named = new TreeSet<>(projects);
        named.remove(Ecs.UNASSIGNED);
        return new ProjectScope(Extent.LISTED, Collections.unmodifiableSortedSet(named));
    }

    /** Whether there is no restriction at all. */
    public boolean unrestricted() {
        return extent == Extent.EVERYTHING;
    }

    /** The projects in scope when they are listed; empty for the scopes of every project. */
    public Set<String> projects() {
        return projects;
    }

    /** Whether the dead-letter indices may be queried. */
    public boolean includesDeadLetters() {
        return extent == Extent.EVERYTHING;
    }

    /** Whether a document with these {@code vigil.project} values (none: unassigned) is in scope. */
    public boolean includes(Collection<String> documentProjects) {
        boolean assigned = !documentProjects.isEmpty() && !documentProjects.contains(Ecs.UNASSIGNED);
        return switch (extent) {
            case EVERYTHING -> true;
            case ALL_PROJECTS -> assigned;
            case LISTED -> assigned && documentProjects.stream().anyMatch(projects::contains);
        };
    }

    /**
     * The OpenSearch/Elasticsearch query clause that keeps a query within the scope, for the
     * {@code filter} of a {@code bool} query; empty when {@link #unrestricted}.
     */
    public Optional<ObjectNode> filter() {
        return switch (extent) {
            case EVERYTHING -> Optional.empty();
            case ALL_PROJECTS -> {
                ObjectNode bool = NODES.objectNode();
                bool.putObject("filter").putObject("exists").put("field", Ecs.VIGIL_PROJECT);
                bool.putObject("must_not").putObject("term").put(Ecs.VIGIL_PROJECT, Ecs.UNASSIGNED);
                ObjectNode query = NODES.objectNode();
                query.set("bool", bool);
                yield Optional.of(query);
            }
            case LISTED -> {
                ObjectNode query = NODES.objectNode();
                if (projects.isEmpty()) {
                    query.putObject("match_none");
                } else {
                    ArrayNode values = query.putObject("terms").putArray(Ecs.VIGIL_PROJECT);
                    projects.forEach(values::add);
                }
                yield Optional.of(query);
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectScope scope && scope.extent == extent && scope.projects.equals(projects);
    }

    @Override
    public int hashCode() {
        return extent.hashCode() * 31 + projects.hashCode();
    }

    @Override
    public String toString() {
        return switch (extent) {
            case EVERYTHING -> "ProjectScope[everything]";
            case ALL_PROJECTS -> "ProjectScope[all projects]";
            case LISTED -> "ProjectScope" + projects;
        };
    }
}
