package io.vigil.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Generated input read through a dataset's real decoder and normalizer, as the pipeline reads it. */
final class Normalized {

    private Normalized() {
    }

    /** The documents of the input; fails the test on any record the dataset refuses. */
    static List<JsonNode> documents(Dataset dataset, byte[] input) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        dataset.decoder().decode(new ByteArrayInputStream(input), SourceLocation.whole("test-input"), new RecordHandler() {
            @Override
            public void record(RawRecord record) {
                try {
                    dataset.normalizer().normalize(record, (Document document) -> documents.add(document.source()));
                } catch (BadRecordException e) {
                    problems.add(e.getMessage());
                }
            }

            @Override
            public void malformed(SourceLocation location, String raw, String reason) {
                problems.add(reason);
            }
        });
        assertThat(problems).as("records %s refused", dataset.name()).isEmpty();
        return documents;
    }

    /** The distinct non-empty values at the JSON pointer. */
    static Set<String> values(List<JsonNode> documents, String pointer) {
        return documents.stream().map(document -> document.at(pointer).asText()).filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }
}
