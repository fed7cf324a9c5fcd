package io.vigil.web.keys;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An ingest key as stored: never the secret itself, only its SHA-256. A key is scoped to datasets and
 * projects ({@value #ALL} for all of them) and stays in the file after it is revoked, so that
 * {@code vigil keys list} shows when.
 *
 * @param secretSha256 hex SHA-256 of the secret part of the presented key
 * @param revokedAt    when it was revoked, or {@code null} while it is valid
 */
public record IngestKey(String id, String name, String secretSha256, List<String> datasets, List<String> projects,
                        Instant createdAt, Instant revokedAt) {

    /** The scope entry that stands for every dataset or every project. */
    public static final String ALL = "*";

    public IngestKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretSha256, "secretSha256");
        Objects.requireNonNull(createdAt, "createdAt");
        datasets = List.copyOf(datasets);
        projects = List.copyOf(projects);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean allowsDataset(String dataset) {
        return datasets.contains(ALL) || datasets.contains(dataset);
    }

    public boolean allowsEveryProject() {
        return projects.contains(ALL);
    }

    public boolean allowsProject(String project) {
        return allowsEveryProject() || projects.contains(project);
    }

    IngestKey revokedAt(Instant when) {
        return new IngestKey(id, name, secretSha256, datasets, projects, createdAt, when);
    }
}
