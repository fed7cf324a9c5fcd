package io.vigil.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import java.util.List;
import java.util.Optional;

/**
 * The REST operations Vigil needs from a search engine, one implementation per engine family.
 * Index arguments may be names, wildcard patterns ({@code vigil-ecs-*}) or comma-separated lists.
 * Every method throws {@link EngineException} when the engine is unreachable or refuses.
 */
public interface SearchBackend extends AutoCloseable {

    EngineFamily family();

    /** The engine's family, version, cluster name and health, asked now. */
    EngineInfo info();

    /**
     * Installs (or replaces) the composable index template for the spec, named after its prefix,
     * and adds new fields of the mapping to the spec's existing indices.
     */
    void installTemplate(IndexSpec spec, int replicas);

    /** The stored index template of that name ({@code index_patterns}, {@code template}, ...). */
    Optional<JsonNode> template(String name);

    /**
     * Sends NDJSON bulk actions: the first {@code length} bytes of {@code body}.
     *
     * @return per-action results in request order; a refused request throws instead
     */
    BulkResponse bulk(byte[] body, int length);

    JsonNode search(String indices, ObjectNode body);

    /**
     * Deletes the documents the query matches (one rewritten meanwhile by a concurrent write stays) and
     * makes the deletions visible.
     *
     * @return how many documents were deleted; 0 when no index exists
     */
    long deleteByQuery(String indices, ObjectNode query);

    /** Searchable documents in the indices; 0 when none exist. */
    long count(String indices);

    /** Open indices matching the pattern, by name; empty when none exist. */
    List<IndexInfo> indices(String pattern);

    /** Deletes one index by its exact name; absent indices are ignored. */
    void deleteIndex(String name);

    /** Makes everything written so far searchable. */
    void refresh(String indices);

    @Override
    void close();
}
