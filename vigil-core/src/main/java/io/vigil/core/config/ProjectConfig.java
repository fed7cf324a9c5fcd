package io.vigil.core.config;

import java.util.List;

/**
 * A project and what belongs to it, by kind of key (see {@code ProjectMap} for the precedence).
 * Host names may use {@code *} wildcards.
 */
public record ProjectConfig(String name, List<String> resources, List<String> accounts, List<String> pipelines,
                            List<String> sonarqubeProjects, List<String> scanGroups, List<String> hosts) {

    public ProjectConfig {
        resources = listOrEmpty(resources);
        accounts = listOrEmpty(accounts);
        pipelines = listOrEmpty(pipelines);
        sonarqubeProjects = listOrEmpty(sonarqubeProjects);
        scanGroups = listOrEmpty(scanGroups);
        hosts = listOrEmpty(hosts);
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
