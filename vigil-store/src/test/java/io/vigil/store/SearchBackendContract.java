package io.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.BulkConfig;
import io.vigil.core.config.EngineConfig;
import io.vigil.core.config.RetentionConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.store.bulk.BulkWriter;
import io.vigil.store.deadletter.DeadLetterIndex;
import io.vigil.store.engines.TestDocuments;
import io.vigil.store.engines.TestEngine;
import io.vigil.store.retention.DeletedIndex;
import io.vigil.store.retention.RetentionJob;
import io.vigil.store.stats.DatasetCount;
import io.vigil.store.stats.DatasetStats;
import io.vigil.store.template.IndexTemplates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What every engine family must do for Vigil, run against a real engine of each family (one
 * subclass per family; the engine starts once per class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class SearchBackendContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IndexSpec RETAINED = new IndexSpec("vigil-retention", IndexSpec.Rollover.MONTHLY,
            "io/vigil/store/test-mapping.json", Duration.ofDays(30));
    private static final IndexSpec LATEST = new IndexSpec("vigil-retentionlatest", IndexSpec.Rollover.NONE,
            "io/vigil/store/test-mapping.json", null);

    protected TestEngine engine;
    protected SearchBackend backend;

    protected abstract TestEngine startEngine();

    @BeforeAll
    void startEngineAndInstallTemplates() {
        engine = startEngine();
        backend = SearchBackends.connect(EngineConfig.external(engine.url()), Map.of());
        new IndexTemplates(backend).install(List.of(TestDocuments.SPEC, TestDocuments.LATEST_SPEC, RETAINED, LATEST));
    }

    @AfterAll
    void stopEngine() {
        if (backend != null) {
            backend.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    @Order(1)
    void identifiesTheEngineFamily() {
        EngineInfo info = backend.info();

        assertThat(backend.family()).isEqualTo(engine.family());
        assertThat(info.family()).isEqualTo(engine.family());
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.health()).isIn("green", "yellow");
        assertThat(info.dataNodes()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void installsTemplatesWithExplicitMappingsIdempotently() {
        new IndexTemplates(backend).install(List.of(TestDocuments.SPEC));

        JsonNode template = backend.template("vigil-test").orElseThrow();
        assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("vigil-test-*");
        assertThat(template.at("/template/settings/index/number_of_replicas").asText()).isEqualTo("0");
        JsonNode mappings = template.at("/template/mappings");
        assertThat(mappings.path("dynamic").asText()).isEqualTo("false");
        assertThat(mappings.at("/properties/source/properties/bytes/type").asText()).isEqualTo("long");
        assertThat(mappings.at("/properties/aws/properties/request_parameters/type").asText())
                .isEqualTo(engine.family() == EngineFamily.OPENSEARCH ? "flat_object" : "flattened");

        JsonNode deadLetters = backend.template("vigil-deadletter").orElseThrow();
        assertThat(deadLetters.path("index_patterns").get(0).asText()).isEqualTo("vigil-deadletter-*");
        assertThat(deadLetters.at("/template/mappings/dynamic").asText()).isEqualTo("false");
        assertThat(backend.template("vigil-no-such-template")).isEmpty();
    }

    @Test
    @Order(3)
    void writesInBulkAndCountsRewrittenIdsAsAlreadyPresent() {
        Instant january = Instant.parse("2026-01-15T10:00:00Z");
        List<Document> documents = IntStream.range(0, 12_000)
                .mapToObj(line -> TestDocuments.small("bulk.ndjson", line, january.plusSeconds(line)))
                .toList();
        ((ObjectNode) documents.get(0).source()).put("unmapped_field", "kept in _source only");

        DeliveryReport first;
        DeliveryReport second;
        try (BulkWriter writer = writer(new BulkConfig(5000, null, Duration.ofMillis(100), 2, Duration.ofMinutes(1)))) {
            first = writeAll(writer, "bulk.ndjson", documents);
            second = writeAll(writer, "bulk.ndjson", documents);
        }
        backend.refresh("vigil-test-2026.01");

        assertThat(first.indexed()).isEqualTo(12_000);
        assertThat(first.alreadyPresent()).isZero();
        assertThat(second.indexed()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(12_000);
        assertThat(backend.count("vigil-test-2026.01")).isEqualTo(12_000);
        assertThat(backend.indices("vigil-test-*")).extracting(IndexInfo::name).contains("vigil-test-2026.01");
        ObjectNode unmapped = JSON.createObjectNode();
        unmapped.putObject("query").putObject("exists").put("field", "unmapped_field");
        assertThat(backend.search("vigil-test-2026.01", unmapped).at("/hits/total/value").asLong())
                .as("dynamic: false keeps unknown fields out of the mapping").isZero();
    }

    @Test
    @Order(3)
    void keepsTheNewestLatestStateWhateverOrderTheUpdatesArriveIn() {
        Instant opened = Instant.parse("2026-03-01T10:00:00Z");
        Document open = TestDocuments.latestState("finding-1", opened, "open");
        Document resolved = TestDocuments.latestState("finding-1", opened.plusSeconds(3600), "resolved");
        Document stale = TestDocuments.latestState("finding-1", opened.plusSeconds(60), "open");

        DeliveryReport first;
        DeliveryReport late;
        try (BulkWriter writer = writer(BulkConfig.defaults())) {
            first = writeAll(writer, "finding-1", List.of(open, resolved));
        }
        try (BulkWriter writer = writer(BulkConfig.defaults())) {
            late = writeAll(writer, "finding-1", List.of(stale, resolved));
        }
        backend.refresh(TestDocuments.LATEST_SPEC.prefix());

        assertThat(first.indexed()).isEqualTo(2);
        assertThat(late.indexed()).as("the same newest state again is accepted (external_gte)").isEqualTo(1);
        assertThat(late.alreadyPresent()).as("the older state is superseded").isEqualTo(1);
        JsonNode hits = backend.search(TestDocuments.LATEST_SPEC.prefix(), JSON.createObjectNode()).at("/hits/hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).at("/_source/event/outcome").asText()).isEqualTo("resolved");
    }

    @Test
    @Order(4)
    void sendsDocumentsTheMappingRefusesToTheDeadLetterIndex() {
        Instant february = Instant.parse("2026-02-03T08:00:00Z");
        List<Document> documents = new ArrayList<>();
        for (int line = 1; line <= 10; line++) {
            documents.add(TestDocuments.small("mapping.ndjson", line, february.plusSeconds(line)));
        }
        ((ObjectNode) documents.get(2).source().get("source")).put("bytes", "not-a-number");

        DeliveryReport report;
        DeliveryReport direct;
        try (BulkWriter writer = writer(new BulkConfig(100, null, Duration.ofMillis(50), 1, Duration.ofMinutes(1)))) {
            report = writeAll(writer, "mapping.ndjson", documents);
            Delivery delivery = new Delivery(SourceLocation.whole("broken.ndjson"));
            delivery.expect();
            writer.deadLetter(DeadLetter.unreadable(TestDocuments.DATASET, new SourceLocation("broken.ndjson", 7,
                    SourceLocation.Unit.LINE), "{not json", "line 7 is not JSON", Instant.now()), delivery);
            delivery.seal();
            writer.flush();
            direct = delivery.completion().join();
        }
        backend.refresh("vigil-test-2026.02");
        backend.refresh(DeadLetterIndex.SPEC.pattern());

        assertThat(report.indexed()).isEqualTo(9);
        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(direct.deadLettered()).isEqualTo(1);
        assertThat(backend.count("vigil-test-2026.02")).isEqualTo(9);

        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("term").put("location.input", "mapping.ndjson");
        JsonNode hits = backend.search(DeadLetterIndex.SPEC.pattern(), query).at("/hits/hits");
        assertThat(hits).hasSize(1);
        JsonNode letter = hits.get(0).path("_source");
        assertThat(letter.path("dataset").asText()).isEqualTo(TestDocuments.DATASET);
        assertThat(letter.path("raw").asText()).contains("\"bytes\":\"not-a-number\"");
        assertThat(letter.path("reason").asText()).contains("source.bytes").contains("vigil-test-2026.02");
        assertThat(letter.at("/location/position").asLong()).isEqualTo(3);
        assertThat(letter.at("/location/unit").asText()).isEqualTo("line");
        assertThat(hits.get(0).path("_id").asText()).isEqualTo(DeadLetter.refused(TestDocuments.DATASET,
                documents.get(2).location(), documents.get(2).id(), "", "", Instant.now()).id());

        List<DatasetCount> stats = new DatasetStats(backend).collect(Map.of(TestDocuments.DATASET, TestDocuments.SPEC));
        assertThat(stats).singleElement().satisfies(count -> {
            assertThat(count.deadLetters()).isEqualTo(2);
            assertThat(count.documents()).isGreaterThanOrEqualTo(9);
        });
    }

    @Test
    @Order(5)
    void sendsAPartialBatchAfterTheLingerTime() {
        Instant may = Instant.parse("2026-05-05T05:00:00Z");
        try (BulkWriter writer = writer(new BulkConfig(5000, null, Duration.ofMillis(300), 2, Duration.ofMinutes(1)))) {
            Delivery delivery = new Delivery(SourceLocation.whole("linger.ndjson"));
            for (int line = 0; line < 3; line++) {
                delivery.expect();
                writer.write(TestDocuments.small("linger.ndjson", line, may), delivery);
            }
            delivery.seal();

            assertThat(delivery.completion().orTimeout(30, TimeUnit.SECONDS).join().indexed()).isEqualTo(3);
        }
    }

    @Test
    @Order(6)
    void addsNewFieldsOfAChangedMappingToExistingIndices() {
        IndexSpec before = new IndexSpec("vigil-evolve", IndexSpec.Rollover.MONTHLY,
                "io/vigil/store/test-mapping.json", Duration.ofDays(30));
        IndexSpec after = new IndexSpec("vigil-evolve", IndexSpec.Rollover.MONTHLY,
                "io/vigil/store/test-mapping-v2.json", Duration.ofDays(30));
        new IndexTemplates(backend).install(List.of(before));
        byte[] first = ("{\"create\":{\"_index\":\"vigil-evolve-2026.06\",\"_id\":\"1\"}}\n"
                + "{\"extra\":{\"added\":\"before\"}}\n").getBytes(StandardCharsets.UTF_8);
        assertThat(backend.bulk(first, first.length).status(0)).isEqualTo(201);

        new IndexTemplates(backend).install(List.of(after));
        byte[] second = ("{\"create\":{\"_index\":\"vigil-evolve-2026.06\",\"_id\":\"2\"}}\n"
                + "{\"extra\":{\"added\":\"after\"}}\n").getBytes(StandardCharsets.UTF_8);
        assertThat(backend.bulk(second, second.length).status(0)).isEqualTo(201);
        backend.refresh("vigil-evolve-2026.06");

        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("term").put("extra.added", "after");
        assertThat(backend.search("vigil-evolve-*", query).at("/hits/total/value").asLong())
                .as("the existing index got the new field").isEqualTo(1);
        assertThat(backend.template("vigil-evolve").orElseThrow()
                .at("/template/mappings/properties/extra/properties/added/type").asText()).isEqualTo("keyword");
    }

    @Test
    @Order(7)
    void retentionDeletesOnlyIndicesWhosePeriodEndedBeforeTheRetention() {
        for (String index : List.of("vigil-retention-2025.11", "vigil-retention-2026.01", "vigil-retention-2026.03",
                "vigil-retention-notadate", "vigil-retentionlatest")) {
            byte[] body = ("{\"create\":{\"_index\":\"" + index + "\",\"_id\":\"1\"}}\n"
                    + "{\"@timestamp\":\"2025-11-02T00:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8);
            assertThat(backend.bulk(body, body.length).status(0)).isIn(201, 409);
        }
        Clock march10 = Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC);
        Map<String, IndexSpec> specs = Map.of("retained", RETAINED, "latest", LATEST);

        List<DeletedIndex> withOverride = new RetentionJob(backend,
                new RetentionConfig(Map.of("retained", Duration.ofDays(60)), null), march10).run(specs);
        List<DeletedIndex> withDefault = new RetentionJob(backend, RetentionConfig.defaults(), march10).run(specs);

        assertThat(withOverride).extracting(DeletedIndex::index).containsExactly("vigil-retention-2025.11");
        assertThat(withDefault).extracting(DeletedIndex::index).containsExactly("vigil-retention-2026.01");
        assertThat(backend.indices("vigil-retention*")).extracting(IndexInfo::name).containsExactlyInAnyOrder(
                "vigil-retention-2026.03", "vigil-retention-notadate", "vigil-retentionlatest");
    }

    @Test
    @Order(8)
    void searchesInsideOpenEndedObjects() {
        Instant july = Instant.parse("2026-07-07T07:00:00Z");
        List<Document> documents = IntStream.range(0, 3)
                .mapToObj(line -> TestDocuments.cloudTrailSized("flat.ndjson", line, july.plusSeconds(line)))
                .toList();
        try (BulkWriter writer = writer(new BulkConfig(100, null, Duration.ofMillis(50), 1, Duration.ofMinutes(1)))) {
            assertThat(writeAll(writer, "flat.ndjson", documents).indexed()).isEqualTo(3);
        }
        backend.refresh("vigil-test-2026.07");

        assertThat(hits("aws.request_parameters.instancesSet", "i-0a1b2c3d4e5f1")).as("a key inside").isEqualTo(1);
        assertThat(hits("aws.request_parameters", "tag:Environment=production")).as("any value").isEqualTo(3);
    }

    private long hits(String field, String value) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("term").put(field, value);
        return backend.search("vigil-test-2026.07", query).at("/hits/total/value").asLong();
    }

    /** Not a timed test: prints the figures when run with {@code -Dvigil.bench=true}. */
    @Test
    @Order(50)
    @EnabledIfSystemProperty(named = "vigil.bench", matches = "true")
    void measuresBulkThroughputOfCloudTrailSizedDocuments() {
        int total = Integer.getInteger("vigil.bench.documents", 200_000);
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        long bytes = JSON.valueToTree(TestDocuments.cloudTrailSized("bench", 1, april).source()).toString().length();
        Duration engineCpuBefore = cpu(engine.pid());
        Duration ownCpuBefore = cpu(ProcessHandle.current().pid());
        long start = System.nanoTime();
        DeliveryReport report;
        try (BulkWriter writer = writer(BulkConfig.defaults())) {
            Delivery delivery = new Delivery(SourceLocation.whole("bench"));
            for (int line = 0; line < total; line++) {
                delivery.expect();
                writer.write(TestDocuments.cloudTrailSized("bench", line, april.plusMillis(line)), delivery);
            }
            delivery.seal();
            writer.flush();
            report = delivery.completion().join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double engineCpu = cpu(engine.pid()).minus(engineCpuBefore).toMillis() / 1e3;
        double ownCpu = cpu(ProcessHandle.current().pid()).minus(ownCpuBefore).toMillis() / 1e3;
        System.out.printf("BENCH %s: %d documents of about %d bytes in %.1f s: %.0f documents/s, %.1f MB/s; "
                        + "CPU seconds: engine %.1f, test JVM (documents built, serialized, sent) %.1f; "
                        + "on 2 otherwise idle cores at most %.0f documents/s%n",
                engine.family().displayName(), report.indexed(), bytes, seconds, total / seconds,
                total * bytes / seconds / 1e6, engineCpu, ownCpu, 2 * total / (engineCpu + ownCpu));
        assertThat(report.indexed()).isEqualTo(total);
    }

    @Test
    @Order(100)
    void losesAndDuplicatesNothingWhenTheEngineIsKilledAndRestartedMidStream() throws Exception {
        int deliveries = 20;
        int perDelivery = 10_000;
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        List<Delivery> started = new ArrayList<>();
        BulkWriter writer = writer(new BulkConfig(2000, null, Duration.ofMillis(200), 2, Duration.ofMinutes(5)));
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int d = 0; d < deliveries; d++) {
                String input = "stream-" + d + ".ndjson";
                Delivery delivery = new Delivery(SourceLocation.whole(input));
                synchronized (started) {
                    started.add(delivery);
                }
                for (int line = 0; line < perDelivery; line++) {
                    delivery.recordRead();
                    delivery.expect();
                    writer.write(TestDocuments.small(input, line, march.plusSeconds(d * perDelivery + line)), delivery);
                }
                delivery.seal();
            }
            writer.flush();
        });

        awaitAcknowledged(started, deliveries * perDelivery / 5);
        engine.kill();
        engine.restart();
        stream.get(10, TimeUnit.MINUTES);
        writer.close();

        long indexed = 0;
        long alreadyPresent = 0;
        for (Delivery delivery : started) {
            DeliveryReport report = delivery.completion().get(5, TimeUnit.MINUTES);
            assertThat(report.deadLettered()).isZero();
            assertThat(report.indexed() + report.alreadyPresent()).isEqualTo(perDelivery);
            indexed += report.indexed();
            alreadyPresent += report.alreadyPresent();
        }
        backend.refresh("vigil-test-2026.03");
        System.out.printf("%s killed and restarted mid-stream: %d documents indexed, %d already present on retry%n",
                engine.family().displayName(), indexed, alreadyPresent);
        assertThat(indexed + alreadyPresent).isEqualTo((long) deliveries * perDelivery);
        assertThat(backend.count("vigil-test-2026.03")).isEqualTo((long) deliveries * perDelivery);
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    private void awaitAcknowledged(List<Delivery> deliveries, long documents) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            long acknowledged;
            synchronized (deliveries) {
                acknowledged = deliveries.stream().mapToLong(d -> d.report().indexed()).sum();
            }
            if (acknowledged >= documents) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the engine did not acknowledge " + documents + " documents in 5 minutes");
    }

    protected BulkWriter writer(BulkConfig config) {
        return new BulkWriter(backend, TestDocuments.registry(), config, Clock.systemUTC());
    }

    protected static DeliveryReport writeAll(BulkWriter writer, String input, List<Document> documents) {
        Delivery delivery = new Delivery(SourceLocation.whole(input));
        for (Document document : documents) {
            delivery.recordRead();
            delivery.expect();
            writer.write(document, delivery);
        }
        delivery.seal();
        writer.flush();
        return delivery.completion().orTimeout(5, TimeUnit.MINUTES).join();
    }
}
