package io.vigil.store.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.BulkConfig;
import io.vigil.core.config.EngineConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.core.rollup.RollupGroup;
import io.vigil.core.rollup.RollupSpec;
import io.vigil.store.SearchBackend;
import io.vigil.store.SearchBackends;
import io.vigil.store.bulk.BulkWriter;
import io.vigil.store.engines.TestEngine;
import io.vigil.store.template.IndexTemplates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The rollup job against a real engine of each family: every group of the rollup counts the same
 * events as the raw index, by every field it holds and by project (an event of two projects counted
 * once), after late events, reruns, removed events and rows whose events carry different projects.
 * The tests build on each other, in order, over one dataset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class RollupContract {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final IndexSpec EVENTS = new IndexSpec("vigil-rolltest", IndexSpec.Rollover.MONTHLY,
            "io/vigil/store/rollup/events-mapping.json", Duration.ofDays(30));
    private static final RollupSpec SPEC = new RollupSpec("rolltest-rollup", EVENTS,
            new IndexSpec("vigil-rollup-rolltest", IndexSpec.Rollover.MONTHLY, "io/vigil/store/rollup/rollup-mapping.json",
                    Duration.ofDays(30)),
            "@timestamp", List.of("account"), List.of("project", "program"),
            List.of(new RollupGroup("by_action", List.of("action", "ok")),
                    new RollupGroup("by_country", List.of("country"), "location", RollupGroup.HOUR),
                    new RollupGroup("by_user_daily", List.of("user"), null, RollupGroup.DAY),
                    new RollupGroup("by_user", List.of("user"))));
    private static final Duration LAG = Duration.ofSeconds(30);
    /** Mid-hour: the current hour is left to the events. */
    private static final Instant NOW = Instant.parse("2026-11-27T12:40:00Z");
    private static final String[] ACTIONS = {"GetObject", "PutObject", "AssumeRole", "ConsoleLogin", "DescribeInstances"};
    private static final String[] COUNTRIES = {"DE", "US", "JP"};
    private static final String[][] PROJECTS = {{"alpha"}, {"alpha", "beta"}, {"beta"}};

    private TestEngine engine;
    private SearchBackend backend;
    private BulkWriter writer;
    private int written;

    protected abstract TestEngine startEngine();

    @BeforeAll
    void start() {
        engine = startEngine();
        backend = SearchBackends.connect(EngineConfig.external(engine.url()), Map.of());
        DatasetRegistry registry = new DatasetRegistry().register(new Dataset("rolltest", EVENTS, null, null))
                .registerDerived(SPEC.dataset(), SPEC.index()).registerDerived(RollupSpec.STATE_DATASET, RollupSpec.STATE);
        new IndexTemplates(backend).install(registry.indexSpecs().values());
        writer = new BulkWriter(backend, registry, BulkConfig.defaults(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        if (writer != null) {
            writer.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    @Order(1)
    void everyGroupCountsEveryEventOnceByEachOfItsFields() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        // sixteen hours up to now, from the evening before; the current hour stays with the events
        writeEvents(2_000, NOW.minus(Duration.ofHours(16)), Duration.ofHours(16), random);

        RollupRun run = job(NOW).run(SPEC);

        assertThat(run.watermark()).isEqualTo(NOW.truncatedTo(ChronoUnit.HOURS));
        // three hourly groups count every hour before the watermark, the daily group the day before
        assertThat(run.events()).isEqualTo(3 * count(before(run.watermark()))
                + count(before(run.watermark().truncatedTo(ChronoUnit.DAYS))));
        assertEveryGroupMatchesTheEvents(run.watermark());
    }

    @Test
    @Order(2)
    void anHourIsRolledUpOnceItIsOverAndTheLagHasPassed() throws Exception {
        assertThat(job(NOW.plusSeconds(60)).run(SPEC).periodsRolled()).as("nothing new").isZero();

        RollupRun run = job(NOW.plus(Duration.ofMinutes(20)).plus(LAG)).run(SPEC);

        assertThat(run.watermark()).isEqualTo(NOW.truncatedTo(ChronoUnit.HOURS).plus(RollupGroup.HOUR));
        assertThat(run.periodsRolled()).as("the hour just over, in each hourly group").isEqualTo(3);
        assertEveryGroupMatchesTheEvents(run.watermark());
    }

    @Test
    @Order(3)
    void lateEventsOfAnOldHourAreRolledUpAgain() throws Exception {
        // an hour of the day before: each hourly group rolls it up again, the daily group that day
        Instant oldHour = NOW.minus(Duration.ofHours(14)).truncatedTo(ChronoUnit.HOURS);
        writeEvents(150, oldHour, Duration.ofHours(1), new SplittableRandom(11));

        RollupRun run = job(NOW.plus(Duration.ofMinutes(25))).run(SPEC);

        assertThat(run.periodsRolled()).isEqualTo(3 + 1);
        assertEveryGroupMatchesTheEvents(run.watermark());
    }

    @Test
    @Order(4)
    void eventsOfOneRowWithDifferentProjectsAreSplitByProject() throws Exception {
        Instant hour = NOW.minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // one account, action, country and user: a resource of account 1 mapped to project gamma
            documents.add(event(hour.plusSeconds(60 + i), "111111111111", "PutObject", true, "DE", "carol",
                    i % 3 == 0 ? new String[] {"gamma"} : new String[] {"alpha"}));
        }
        write(documents);

        RollupRun run = job(NOW.plus(Duration.ofMinutes(30))).run(SPEC);

        assertEveryGroupMatchesTheEvents(run.watermark());
        assertThat(rolled("by_user", run.watermark(), "user", "project", "gamma")).containsEntry("carol", 10L);
    }

    @Test
    @Order(5)
    void rowsOfRemovedEventsAreDeleted() throws Exception {
        Instant hour = NOW.minus(Duration.ofHours(8)).truncatedTo(ChronoUnit.HOURS);
        ObjectNode someOfTheHour = NODES.objectNode();
        ObjectNode bool = someOfTheHour.putObject("bool");
        bool.putArray("filter").add(between(hour, hour.plus(RollupGroup.HOUR))).addObject().putObject("term").put("user", "alice");
        assertThat(backend.deleteByQuery(EVENTS.pattern(), someOfTheHour)).isPositive();

        assertThat(rolledIn(hour, "by_user")).containsKeys("alice", "bob");

        RollupRun run = job(NOW.plus(Duration.ofMinutes(35))).run(SPEC);

        assertEveryGroupMatchesTheEvents(run.watermark());
        assertThat(rolledIn(hour, "by_user")).containsOnlyKeys("bob");
    }

    private RollupJob job(Instant now) {
        return new RollupJob(backend, writer, Clock.fixed(now, ZoneOffset.UTC), LAG);
    }

    private void assertEveryGroupMatchesTheEvents(Instant watermark) {
        for (RollupGroup group : SPEC.groups()) {
            ObjectNode events = before(group.periodStart(watermark));
            for (String field : List.of("account", "project", "program")) {
                assertThat(rolled(group.id(), watermark, field)).as(group.id() + " by " + field)
                        .isEqualTo(terms(events, field));
            }
            for (String field : group.fields()) {
                assertThat(rolled(group.id(), watermark, field)).as(group.id() + " by " + field).isEqualTo(terms(events, field));
                assertThat(rolled(group.id(), watermark, field, "project", "alpha")).as(group.id() + " by " + field + " in alpha")
                        .isEqualTo(terms(and(events, term("project", "alpha")), field));
            }
            assertThat(rolled(group.id(), watermark, "account").values().stream().mapToLong(Long::longValue).sum())
                    .as(group.id() + ": every event once").isEqualTo(count(events));
        }
    }

    /** The group's counts by field of its periods before the watermark, as a dashboard search reads them. */
    private Map<String, Long> rolled(String group, Instant watermark, String field) {
        return rolled(group, watermark, field, null, null);
    }

    private Map<String, Long> rolled(String groupId, Instant watermark, String field, String filterField, String value) {
        RollupGroup group = SPEC.groups().stream().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow();
        ObjectNode query = NODES.objectNode();
        var filter = query.putObject("bool").putArray("filter");
        filter.add(term(RollupSpec.GROUP_FIELD, groupId));
        if (filterField != null) {
            filter.add(term(filterField, value));
        }
        filter.add(between(Instant.EPOCH, group.periodStart(watermark)));
        return termsOn(SPEC.index().pattern(), query, field);
    }

    /** The users of a complete hour's documents of the group. */
    private Map<String, Long> rolledIn(Instant hour, String group) {
        ObjectNode query = NODES.objectNode();
        query.putObject("bool").putArray("filter").add(term(RollupSpec.GROUP_FIELD, group))
                .add(between(hour, hour.plusMillis(1)));
        return termsOn(SPEC.index().pattern(), query, "user");
    }

    private Map<String, Long> terms(ObjectNode query, String field) {
        return termsOn(EVENTS.pattern(), query, field);
    }

    private Map<String, Long> termsOn(String index, ObjectNode query, String field) {
        ObjectNode body = NODES.objectNode().put("size", 0);
        body.set("query", query);
        body.putObject("aggs").putObject("values").putObject("terms").put("field", field).put("size", 1_000);
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode bucket : backend.search(index, body).path("aggregations").path("values").path("buckets")) {
            String key = bucket.has("key_as_string") ? bucket.path("key_as_string").asText() : bucket.path("key").asText();
            counts.put(key, bucket.path("doc_count").asLong());
        }
        return counts;
    }

    private long count(ObjectNode query) {
        ObjectNode body = NODES.objectNode().put("size", 0).put("track_total_hits", true);
        body.set("query", query);
        return backend.search(EVENTS.pattern(), body).path("hits").path("total").path("value").asLong();
    }

    private void writeEvents(int events, Instant from, Duration span, SplittableRandom random) throws Exception {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Instant time = from.plusMillis(random.nextLong(span.toMillis()));
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            // some events lack a country, as events from AWS services do
            String country = random.nextInt(10) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
            documents.add(event(time, "11111111111" + random.nextInt(3), action, random.nextInt(5) > 0, country,
                    random.nextBoolean() ? "alice" : "bob", PROJECTS[random.nextInt(PROJECTS.length)]));
        }
        write(documents);
    }

    private Document event(Instant time, String account, String action, boolean ok, String country, String user,
                           String[] projects) {
        ObjectNode source = NODES.objectNode();
        source.put("@timestamp", time.toString()).put("account", account).put("action", action).put("ok", ok)
                .put("user", user);
        if (country != null) {
            source.put("country", country);
            source.putObject("location").put("lat", 10 + country.charAt(0) % 10).put("lon", 20 + country.charAt(1) % 10);
        }
        var project = source.putArray("project");
        for (String p : projects) {
            project.add(p);
        }
        source.put("program", projects.length > 1 ? "shared" : "solo");
        written++;
        return new Document("rolltest", DocumentId.hash("event", String.valueOf(written)), time, source,
                SourceLocation.whole("rollup test"));
    }

    private void write(List<Document> documents) throws Exception {
        Delivery delivery = new Delivery(SourceLocation.whole("rollup test events"));
        for (Document document : documents) {
            delivery.expect();
            writer.write(document, delivery);
        }
        writer.flush();
        delivery.seal();
        delivery.completion().get();
    }


    private static ObjectNode before(Instant watermark) {
        return between(Instant.EPOCH, watermark);
    }

    private static ObjectNode between(Instant from, Instant until) {
        ObjectNode range = NODES.objectNode();
        range.putObject("range").putObject("@timestamp").put("gte", from.toEpochMilli()).put("lt", until.toEpochMilli())
                .put("format", "epoch_millis");
        return range;
    }

    private static ObjectNode term(String field, Object value) {
        ObjectNode term = NODES.objectNode();
        term.putObject("term").putPOJO(field, value);
        return term;
    }

    private static ObjectNode and(ObjectNode a, ObjectNode b) {
        ObjectNode both = NODES.objectNode();
        both.putObject("bool").putArray("filter").add(a).add(b);
        return both;
    }
}
