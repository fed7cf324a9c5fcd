package io.vigil.core.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The datasets Vigil knows, registered explicitly by name. */
public final class DatasetRegistry {

    private final Map<String, Dataset> byName = new LinkedHashMap<>();

    public DatasetRegistry register(Dataset dataset) {
        if (byName.putIfAbsent(dataset.name(), dataset) != null) {
            throw new IllegalArgumentException("dataset registered twice: " + dataset.name());
        }
        return this;
    }

    public Optional<Dataset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The dataset, or an error that lists the known names. */
    public Dataset require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown dataset '" + name + "'; known datasets: " + String.join(", ", byName.keySet())));
    }

    /** The index family of every dataset, by dataset name. */
    public Map<String, IndexSpec> indexSpecs() {
        Map<String, IndexSpec> specs = new LinkedHashMap<>();
        byName.forEach((name, dataset) -> specs.put(name, dataset.index()));
        return specs;
    }

    public Collection<Dataset> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
