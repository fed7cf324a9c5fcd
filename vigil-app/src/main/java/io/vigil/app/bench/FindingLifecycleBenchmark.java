package io.vigil.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.ParallelReads;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.finding.SyntheticFindingHistory;
import io.vigil.sources.finding.SyntheticFindingHistory.Update;
import io.vigil.store.SearchBackend;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The finding lifecycle end to end: a seeded history of updates (Inspector, GuardDuty, and GuardDuty
 * through Security Hub) is shuffled, so most updates arrive out of order, and ingested in inputs of
 * {@value FindingInputs#UPDATES_PER_INPUT} updates through the whole pipeline. Then every latest state in
 * {@code vigil-findings} is checked against the newest update of its finding.
 */
public final class FindingLifecycleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 5_000;

    private final Vigil vigil;
    private final int findings;
    private final int updatesEach;
    private final int readers;

    public FindingLifecycleBenchmark(Vigil vigil, int findings, int updatesEach, int readers) {
        this.vigil = vigil;
        this.findings = findings;
        this.updatesEach = updatesEach;
        this.readers = readers;
    }

    /** Figures of one run and what the check found. */
    public record Result(long updates, long findings, long indexed, long events, long states, long wrongStates,
                         long bytes, double seconds, OptionalLong enginePeakRss) implements BenchmarkResult {

        @Override
        public boolean passed() {
            return events == updates && states == findings && wrongStates == 0;
        }

        @Override
        public String report() {
            return String.format(Locale.ROOT, """
                    updates        %,d for %,d findings, shuffled (%.1f MB of JSON)
                    engine         %,d finding events, %,d latest states, %,d states differing from the newest update
                    time           %.1f s from the first input read to the last update acknowledged
                    throughput     %,.0f updates/s (%,.0f documents/s: an event and a state per update)
                    peak RSS       engine %s""",
                    updates, findings, bytes / 1e6, events, states, wrongStates, seconds, updates / seconds,
                    2 * updates / seconds, IngestResult.mebibytes(enginePeakRss));
        }
    }

    public Result run() {
        List<Update> history = new SyntheticFindingHistory(new Random(11), Instant.parse("2026-10-01T00:00:00Z"))
                .generate(findings, updatesEach);
        Map<String, Update> newest = new HashMap<>();
        history.forEach(update -> newest.merge(update.stateId(), update,
                (a, b) -> a.updatedAt().isAfter(b.updatedAt()) ? a : b));
        List<Update> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(12));

        List<Supplier<CompletableFuture<DeliveryReport>>> reads = new ArrayList<>();
        long bytes = 0;
        for (FindingInputs.Input input : FindingInputs.of(shuffled, Update::dataset, Update::record)) {
            bytes += input.ndjson().length;
            reads.add(() -> vigil.pipeline().ingest(vigil.datasets().require(input.dataset()),
                    SourceLocation.whole(input.name()), new ByteArrayInputStream(input.ndjson())).completion());
        }
        long started = System.nanoTime();
        List<CompletableFuture<DeliveryReport>> completions = ParallelReads.run(readers, reads);
        vigil.sink().flush();
        CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - started) / 1e9;
        long indexed = completions.stream().map(CompletableFuture::join).mapToLong(DeliveryReport::indexed).sum();

        SearchBackend backend = vigil.engine().backend();
        backend.refresh(FindingsIndex.EVENTS.pattern() + "," + FindingsIndex.STATE.prefix());
        long events = backend.count(FindingsIndex.EVENTS.pattern());
        long[] checked = checkStates(backend, newest);
        OptionalLong enginePeak = vigil.engine().embedded()
                .map(engine -> ProcessMemory.peakRss(engine.pid())).orElse(OptionalLong.empty());
        return new Result(history.size(), newest.size(), indexed, events, checked[0], checked[1], bytes, seconds,
                enginePeak);
    }

    /** @return the states stored, and how many of them differ from the newest update of their finding */
    private static long[] checkStates(SearchBackend backend, Map<String, Update> newest) {
        long states = 0;
        long wrong = 0;
        JsonNode after = null;
        JsonNode hits;
        do {
            ObjectNode query = JSON.createObjectNode().put("size", PAGE);
            query.putArray("_source").add("finding.status").add("finding.updated_at");
            query.putArray("sort").addObject().put("finding.id", "asc");
            if (after != null) {
                query.set("search_after", after);
            }
            hits = backend.search(FindingsIndex.STATE.prefix(), query).at("/hits/hits");
            for (JsonNode hit : hits) {
                states++;
                Update expected = newest.get(hit.get("_id").asText());
                JsonNode finding = hit.at("/_source/finding");
                if (expected == null || !expected.status().equals(finding.path("status").asText())
                        || !expected.updatedAt().equals(Instant.parse(finding.path("updated_at").asText()))) {
                    wrong++;
                }
                after = hit.get("sort");
            }
        } while (hits.size() == PAGE);
        return new long[] {states, wrong};
    }
}
