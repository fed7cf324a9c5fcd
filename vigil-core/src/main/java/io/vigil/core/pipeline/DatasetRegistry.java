package io.vigil.core.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets Vigil knows, registered explicitly by name, and the derived index families that no
 * input is ingested into directly but documents of other datasets are (latest-state indices).
 */
public final class DatasetRegistry {

    private final Map<String, Dataset> byName = new LinkedHashMap<>();
    private final Map<String, IndexSpec> derived = new LinkedHashMap<>();

    public DatasetRegistry register(Dataset dataset) {
        if (byName.putIfAbsent(dataset.name(), dataset) != null) {
            throw new IllegalArgumentException("dataset registered twice: " + dataset.name());
        }
        return this;
    }

    /** A family written by other datasets' normalizers, e.g. {@code findings} for {@code vigil-findings}. */
    public DatasetRegistry registerDerived(String name, IndexSpec index) {
        if (byName.containsKey(name) || derived.putIfAbsent(name, index) != null) {
            throw new IllegalArgumentException("dataset registered twice: " + name);
        }
        return this;
    }

    /** The index family documents of the (ingested or derived) dataset go to. */
    public IndexSpec indexSpec(String name) {
        IndexSpec spec = derived.get(name);
        return spec != null ? spec : require(name).index();
    }

    public Optional<Dataset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The dataset, or an error that lists the known names. */
    public Dataset require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown dataset '" + name + "'; known datasets: " + String.join(", ", byName.keySet())));
    }

    /** The index family of every dataset, derived ones included, by dataset name. */
    public Map<String, IndexSpec> indexSpecs() {
        Map<String, IndexSpec> specs = new LinkedHashMap<>();
        byName.forEach((name, dataset) -> specs.put(name, dataset.index()));
        specs.putAll(derived);
        return specs;
    }

    public Collection<Dataset> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
