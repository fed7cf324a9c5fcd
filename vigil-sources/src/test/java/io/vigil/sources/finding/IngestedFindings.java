package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.Ingested;
import java.io.IOException;
import java.util.List;

/** What one input of a findings dataset gave, with the finding events and latest states apart. */
public final class IngestedFindings extends Ingested {

    private IngestedFindings() {
    }

    public static IngestedFindings of(Dataset dataset, byte[] input, String name) throws IOException {
        IngestedFindings result = new IngestedFindings();
        result.read(dataset.decoder(), dataset.normalizer(), input, name);
        return result;
    }

    /** The finding events (one per update), in input order. */
    public List<Document> events() {
        return documents.stream().filter(d -> !d.dataset().equals(FindingsIndex.STATE_DATASET)).toList();
    }

    /** The latest-state documents, in input order. */
    public List<Document> states() {
        return documents.stream().filter(d -> d.dataset().equals(FindingsIndex.STATE_DATASET)).toList();
    }

    /** The event of the only finding, after checking that it came with its state and nothing else. */
    @Override
    public Document single() {
        assertThat(malformed).isEmpty();
        assertThat(badRecords).isEmpty();
        assertThat(events()).hasSize(1);
        assertThat(states()).hasSize(1);
        return events().get(0);
    }
}
