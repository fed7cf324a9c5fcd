package io.vigil.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finding updates cut into the inputs a benchmark reads: runs of {@value #UPDATES_PER_INPUT} updates
 * in their order, each run split by dataset into JSON lines, as GuardDuty's S3 export writes them.
 */
final class FindingInputs {

    static final int UPDATES_PER_INPUT = 1_000;

    /** One input: JSON lines of one dataset, named after its place in the run. */
    record Input(String dataset, String name, byte[] ndjson) {
    }

    private FindingInputs() {
    }

    static <U> List<Input> of(List<U> updates, Function<U, String> dataset, Function<U, JsonNode> record) {
        List<Input> inputs = new ArrayList<>();
        for (int from = 0; from < updates.size(); from += UPDATES_PER_INPUT) {
            Map<String, StringBuilder> byDataset = new LinkedHashMap<>();
            for (U update : updates.subList(from, Math.min(from + UPDATES_PER_INPUT, updates.size()))) {
                byDataset.computeIfAbsent(dataset.apply(update), d -> new StringBuilder())
                        .append(record.apply(update)).append('\n');
            }
            for (Map.Entry<String, StringBuilder> lines : byDataset.entrySet()) {
                inputs.add(new Input(lines.getKey(), "bench:findings-" + from + "-" + lines.getKey() + ".jsonl",
                        lines.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return inputs;
    }
}
