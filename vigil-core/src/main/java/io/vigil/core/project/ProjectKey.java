package io.vigil.core.project;

import io.vigil.core.config.ProjectConfig;
import io.vigil.core.document.Ecs;
import java.util.List;
import java.util.function.Function;

/**
 * The kinds of key that tie a document to a project, in precedence order: the first kind that
 * matches any project decides, so an explicit resource mapping wins over the account it lives in.
 */
public enum ProjectKey {
    RESOURCE(Ecs.VIGIL_RESOURCE_ID, ProjectConfig::resources),
    ACCOUNT(Ecs.CLOUD_ACCOUNT_ID, ProjectConfig::accounts),
    PIPELINE(Ecs.VIGIL_PIPELINE, ProjectConfig::pipelines),
    SONARQUBE_PROJECT(Ecs.VIGIL_SONARQUBE_PROJECT, ProjectConfig::sonarqubeProjects),
    SCAN_GROUP(Ecs.VIGIL_SCAN_GROUP, ProjectConfig::scanGroups),
    HOST(Ecs.HOST_NAME, ProjectConfig::hosts);

    private final String field;
    private final Function<ProjectConfig, List<String>> patterns;

    ProjectKey(String field, Function<ProjectConfig, List<String>> patterns) {
        this.field = field;
        this.patterns = patterns;
    }

    /** The document field that carries this key. */
    public String field() {
        return field;
    }

    List<String> patternsOf(ProjectConfig project) {
        return patterns.apply(project);
    }
}
