package io.vigil.store.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.store.BulkResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BulkResponseParserTest {

    @Test
    void readsStatusesAndReasonsInActionOrder() {
        // the shape Elasticsearch 8.19 answers with the parser's filter_path (item reasons as it wrote them)
        String answer = """
                {"items":[
                  {"create":{"status":201}},
                  {"create":{"status":400,"error":{"type":"document_parsing_exception",
                    "reason":"[1:6] failed to parse field [n] of type [long] in document with id 'b'",
                    "caused_by":{"reason":"For input string: \\"x\\""}}}},
                  {"create":{"status":409,"error":{"type":"version_conflict_engine_exception",
                    "reason":"[a]: version conflict, document already exists (current version [1])"}}},
                  {"create":{"status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected"}}}
                ]}""";

        BulkResponse response = BulkResponseParser.parse(answer.getBytes(StandardCharsets.UTF_8));

        assertThat(response.size()).isEqualTo(4);
        assertThat(new int[] {response.status(0), response.status(1), response.status(2), response.status(3)})
                .containsExactly(201, 400, 409, 429);
        assertThat(response.error(0)).isNull();
        assertThat(response.error(1)).isEqualTo("document_parsing_exception: [1:6] failed to parse field [n] of type "
                + "[long] in document with id 'b' (caused by: For input string: \"x\")");
        assertThat(response.error(3)).isEqualTo("es_rejected_execution_exception: rejected");
    }

    @Test
    void readsAnswersLongerThanItsFirstGuess() {
        StringBuilder answer = new StringBuilder("{\"took\":3,\"items\":[");
        for (int i = 0; i < 5000; i++) {
            answer.append(i == 0 ? "" : ",").append("{\"create\":{\"status\":201}}");
        }
        answer.append("]}");

        BulkResponse response = BulkResponseParser.parse(answer.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.size()).isEqualTo(5000);
        assertThat(response.status(4999)).isEqualTo(201);
    }
}
