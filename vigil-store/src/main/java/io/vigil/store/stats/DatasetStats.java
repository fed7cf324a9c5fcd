package io.vigil.store.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.SearchBackend;
import io.vigil.store.deadletter.DeadLetterIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Documents per dataset and dead letters per dataset, for {@code vigil status} and {@code /api/stats}. */
public final class DatasetStats {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MOST_DATASETS = 1000;

    private final SearchBackend backend;

    public DatasetStats(SearchBackend backend) {
        this.backend = backend;
    }

    /** @param specsByDataset the index spec of each dataset, in the order to report them */
    public List<DatasetCount> collect(Map<String, IndexSpec> specsByDataset) {
        Map<String, Long> deadLetters = deadLettersByDataset();
        Map<String, Long> documentsByPattern = new HashMap<>();
        List<DatasetCount> counts = new ArrayList<>();
        specsByDataset.forEach((dataset, spec) -> {
            // a search, not index stats: Elasticsearch refreshes search-idle shards for searches only
            long documents = spec.datasetField() == null
                    ? documentsByPattern.computeIfAbsent(spec.pattern(), backend::count)
                    : countOf(spec, dataset);
            counts.add(new DatasetCount(dataset, spec.pattern(), documents, deadLetters.getOrDefault(dataset, 0L)));
        });
        return counts;
    }

    /** The documents of one of the datasets that share an index family. */
    private long countOf(IndexSpec spec, String dataset) {
        ObjectNode query = JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
        query.putObject("query").putObject("term").put(spec.datasetField(), dataset);
        return backend.search(spec.pattern(), query).at("/hits/total/value").asLong();
    }

    /** Dead letters by dataset, all datasets that have any. */
    public Map<String, Long> deadLettersByDataset() {
        ObjectNode query = JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
        query.putObject("aggs").putObject("datasets").putObject("terms")
                .put("field", DeadLetterIndex.FIELD_DATASET).put("size", MOST_DATASETS);
        JsonNode answer = backend.search(DeadLetterIndex.SPEC.pattern(), query);
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode bucket : answer.path("aggregations").path("datasets").path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }
}
