package io.vigil.core.config;

import java.util.List;

/** A program: a named group of projects, as a program manager sees them. */
public record ProgramConfig(String name, List<ProjectConfig> projects) {

    public ProgramConfig {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }
}
