package io.vigil.store.template;

import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.EngineInfo;
import io.vigil.store.SearchBackend;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the index templates of the given specs and of the dead-letter index at startup. Safe to
 * run on every start: each template is replaced by its current version. Replicas are 0 on a single
 * data node (the embedded engine), 1 otherwise.
 */
public final class IndexTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);

    private final SearchBackend backend;

    public IndexTemplates(SearchBackend backend) {
        this.backend = backend;
    }

    /** @return the specs installed, the dead-letter index included, each once */
    public List<IndexSpec> install(Collection<IndexSpec> specs) {
        Map<String, IndexSpec> byPrefix = new LinkedHashMap<>();
        for (IndexSpec spec : specs) {
            IndexSpec earlier = byPrefix.putIfAbsent(spec.prefix(), spec);
            if (earlier != null && !earlier.equals(spec)) {
                throw new IllegalArgumentException("two different index specs share the prefix " + spec.prefix()
                        + ": " + earlier + " and " + spec);
            }
        }
        byPrefix.putIfAbsent(DeadLetterIndex.SPEC.prefix(), DeadLetterIndex.SPEC);
        EngineInfo engine = backend.info();
        int replicas = engine.dataNodes() > 1 ? 1 : 0;
        for (IndexSpec spec : byPrefix.values()) {
            backend.installTemplate(spec, replicas);
        }
        LOG.info("index templates installed on {}: {}", engine, String.join(", ", byPrefix.keySet()));
        return List.copyOf(byPrefix.values());
    }
}
