package io.vigil.web.ingest;

import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Outcome;
import io.vigil.core.pipeline.Sink;
import io.vigil.web.keys.IngestKey;
import java.util.List;
import java.util.Optional;

/**
 * A sink that stores nothing: it looks at the projects the enrichers gave each document and remembers
 * the first document outside the key's projects. A document without {@code vigil.project} counts as
 * {@code unassigned}, which a project-scoped key may only send when that is one of its projects.
 */
final class ProjectScopeCheck implements Sink {

    /** The first document outside the key's projects: where it was read and the projects it has. */
    record Offence(SourceLocation location, List<String> projects) {
    }

    private final IngestKey key;
    private Offence first;

    ProjectScopeCheck(IngestKey key) {
        this.key = key;
    }

    Optional<Offence> firstOffence() {
        return Optional.ofNullable(first);
    }

    @Override
    public void write(Document document, Delivery delivery) {
        List<String> projects = Fields.texts(document.source(), Ecs.VIGIL_PROJECT);
        if (projects.isEmpty()) {
            projects = List.of(Ecs.UNASSIGNED);
        }
        if (first == null && !projects.stream().allMatch(key::allowsProject)) {
            first = new Offence(document.location(), projects);
        }
        delivery.acknowledge(Outcome.INDEXED);
    }

    @Override
    public void deadLetter(DeadLetter letter, Delivery delivery) {
        delivery.acknowledge(Outcome.DEAD_LETTERED);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
