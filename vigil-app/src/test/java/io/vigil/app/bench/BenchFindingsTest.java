package io.vigil.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.sources.SourceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark's finding updates read through the real decoders and normalizers of their datasets. */
class BenchFindingsTest {

    private static final Instant END = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void updatesOfTheMonthInTimeOrderThroughAllThreeDatasets() throws IOException {
        List<BenchFindings.Update> updates = new BenchFindings(3, END).generate(3_000);

        assertThat(updates).hasSize(3_000);
        assertThat(updates.stream().map(BenchFindings.Update::at).toList()).isSorted()
                .allSatisfy(at -> assertThat(at).isBetween(END.minus(BenchData.SPAN), END));
        assertThat(updates.stream().map(BenchFindings.Update::dataset).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("inspector", "guardduty", "securityhub");

        List<JsonNode> documents = normalized(updates);
        assertThat(Normalized.values(documents, "/vulnerability/id")).hasSizeGreaterThan(50).contains(BenchFindings.cve(0));
        assertThat(Normalized.values(documents, "/finding/status")).contains("open", "resolved");
        assertThat(Normalized.values(documents, "/finding/severity")).contains("critical", "high", "medium", "low");
        assertThat(Normalized.values(documents, "/threat/indicator/geo/country_iso_code")).hasSizeGreaterThan(10);
        assertThat(Normalized.values(documents, "/finding/type")).contains("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(Normalized.values(documents, "/cloud/account/id")).hasSize(BenchEstate.ACCOUNTS.size());
    }

    private static List<JsonNode> normalized(List<BenchFindings.Update> updates) throws IOException {
        DatasetRegistry datasets = SourceCatalog.datasets();
        List<JsonNode> documents = new ArrayList<>();
        for (BenchFindings.Update update : updates) {
            byte[] line = (update.record() + "\n").getBytes(StandardCharsets.UTF_8);
            documents.addAll(Normalized.documents(datasets.require(update.dataset()), line));
        }
        return documents;
    }
}
