package io.vigil.core.project;

import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.Enricher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Assigns every document its projects ({@code vigil.project}, multi-valued) and their programs
 * ({@code vigil.program}) from the configured map, by the first {@link ProjectKey} in precedence
 * order that matches. A key shared by several projects (one AWS account for two teams) gives all
 * of them. A document that matches nothing gets {@code unassigned}. The map is authoritative: a
 * {@code vigil.project} sent with a document is replaced.
 */
public final class ProjectMap implements Enricher {

    private final Map<ProjectKey, List<Rule>> rules = new EnumMap<>(ProjectKey.class);

    public ProjectMap(List<ProgramConfig> programs) {
        for (ProjectKey key : ProjectKey.values()) {
            List<Rule> keyRules = new ArrayList<>();
            for (ProgramConfig program : programs) {
                for (ProjectConfig project : program.projects()) {
                    for (String pattern : key.patternsOf(project)) {
                        keyRules.add(new Rule(Glob.compile(pattern), project.name(), program.name()));
                    }
                }
            }
            rules.put(key, keyRules);
        }
    }

    @Override
    public void enrich(Document document) {
        Assignment assignment = assign(document);
        Fields.removeLiteral(document.source(), Ecs.VIGIL_PROJECT);
        Fields.removeLiteral(document.source(), Ecs.VIGIL_PROGRAM);
        Fields.put(document.source(), Ecs.VIGIL_PROJECT, List.copyOf(assignment.projects()));
        Fields.put(document.source(), Ecs.VIGIL_PROGRAM, List.copyOf(assignment.programs()));
    }

    /** The projects and programs of a document, without changing it. */
    public Assignment assign(Document document) {
        for (ProjectKey key : ProjectKey.values()) {
            List<String> values = Fields.texts(document.source(), key.field());
            if (values.isEmpty()) {
                continue;
            }
            Set<String> projects = new LinkedHashSet<>();
            Set<String> programs = new LinkedHashSet<>();
            for (Rule rule : rules.get(key)) {
                if (values.stream().anyMatch(value -> rule.pattern().matcher(value).matches())) {
                    projects.add(rule.project());
                    programs.add(rule.program());
                }
            }
            if (!projects.isEmpty()) {
                return new Assignment(projects, programs);
            }
        }
        return new Assignment(Set.of(Ecs.UNASSIGNED), Set.of());
    }

    /** Projects and programs assigned to one document. */
    public record Assignment(Set<String> projects, Set<String> programs) {
    }

    private record Rule(Pattern pattern, String project, String program) {
    }

    /** {@code *} matches any run of characters; everything else is literal. */
    static final class Glob {
        private Glob() {
        }

        static Pattern compile(String glob) {
            return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*")));
        }
    }
}
