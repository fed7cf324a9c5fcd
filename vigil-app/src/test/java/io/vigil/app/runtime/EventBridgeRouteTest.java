package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.WebConfig;
import io.vigil.core.document.DeadLetter;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.Outcome;
import io.vigil.core.pipeline.Sink;
import io.vigil.sources.SourceCatalog;
import io.vigil.sources.eventbridge.EventBridgeRouter;
import io.vigil.sources.eventbridge.EventRoute;
import io.vigil.sources.eventbridge.EventRoutes;
import io.vigil.web.EngineHealth;
import io.vigil.web.StoreStats;
import io.vigil.web.WebServer;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.auth.AuthSettings;
import io.vigil.web.auth.Authentication;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.UserStore;
import io.vigil.web.keys.NewKey;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /ingest/eventbridge} over real HTTP, into the real CloudTrail dataset and an in-memory sink. */
class EventBridgeRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path dataDir;

    private final MemorySink sink = new MemorySink();
    private final DatasetRegistry datasets = SourceCatalog.datasets();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private KeyStore keys;
    private WebServer server;

    @BeforeEach
    void start() {
        keys = new KeyStore(dataDir, CLOCK);
        IngestService ingest = new IngestService(datasets, List.of(), sink, CLOCK, STORE_TIMEOUT);
        Authentication auth = new Authentication(keys, new UserStore(dataDir, CLOCK), AuthSettings.defaults(), CLOCK);
        server = new WebServer(new WebConfig("127.0.0.1", 0, null, null, null, null, null), auth, ingest,
                () -> new StoreStats(Map.of(), 0), () -> new EngineHealth(true, "test"))
                .addIngestRoute(EventBridgeRoute.NAME, new EventBridgeRoute(new EventBridgeRouter(EventRoutes.standard()),
                        datasets, sink, CLOCK, STORE_TIMEOUT))
                .start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void routesEventsToTheirDatasetsAndDeadLettersTheRest() throws Exception {
        NewKey key = keys.create("eventbridge", List.of("cloudtrail"), List.of("*"));
        String body = "[" + cloudTrailEvent("e-1", "AWS API Call via CloudTrail") + ","
                + "{\"source\": \"aws.codepipeline\", \"detail-type\": \"CodePipeline Pipeline Execution State Change\", \"detail\": {}},"
                + cloudTrailEvent("e-2", "AWS Console Sign In via CloudTrail") + ", 42]";

        HttpResponse<String> first = post(key, body);
        HttpResponse<String> again = post(key, body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body())).isEqualTo(counts(4, 2, 0, 2));
        assertThat(JSON.readTree(again.body())).isEqualTo(counts(4, 0, 2, 2));
        assertThat(sink.documents).extracting(Document::dataset, Document::id)
                .containsExactly(tuple("cloudtrail", "e-1"),
                        tuple("cloudtrail", "e-2"));
        assertThat(Fields.text(sink.documents.get(1).source(), "event.action")).isEqualTo("ConsoleLogin");

        List<DeadLetter> letters = sink.deadLetters.subList(0, 2);
        assertThat(letters).extracting(DeadLetter::dataset).containsOnly("eventbridge");
        assertThat(letters.get(0).location().toString())
                .matches("http:/ingest/eventbridge key=" + key.key().id() + " request=[0-9a-f]{16} record 2");
        assertThat(letters.get(0).reason()).isEqualTo(
                "no dataset takes EventBridge events of source 'aws.codepipeline' and detail-type"
                        + " 'CodePipeline Pipeline Execution State Change'");
        assertThat(letters.get(1).location().toString()).endsWith(" record 4");
        assertThat(letters.get(1).raw()).isEqualTo("42");
        assertThat(sink.deadLetters.subList(2, 4)).extracting(DeadLetter::id)
                .as("a repeated request keeps its dead letters' ids").containsExactlyElementsOf(
                        letters.stream().map(DeadLetter::id).toList());
    }

    @Test
    void aKeyOutOfScopeForOneDatasetStoresNothing() throws Exception {
        NewKey key = keys.create("ecs-only", List.of("ecs"), List.of("*"));

        HttpResponse<String> response = post(key, cloudTrailEvent("e-1", "AWS API Call via CloudTrail")
                + "\n{\"source\": \"aws.codepipeline\", \"detail-type\": \"CodePipeline Pipeline Execution State Change\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("this key (ecs-only) may not send"
                + " to dataset 'cloudtrail', where 1 of these EventBridge events go; its datasets are [ecs]."
                + " Nothing of this request was stored");
        assertThat(sink.documents).isEmpty();
        assertThat(sink.deadLetters).isEmpty();
    }

    @Test
    void unroutedEventsNeedNoDatasetScope() throws Exception {
        NewKey key = keys.create("ecs-only", List.of("ecs"), List.of("*"));

        HttpResponse<String> response = post(key, "{\"source\": \"aws.codepipeline\", \"detail-type\": \"CodePipeline Pipeline Execution State Change\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(counts(1, 0, 0, 1));
    }

    @Test
    void aStoreThatDoesNotAnswerIsA503() throws Exception {
        NewKey key = keys.create("all", List.of("*"), List.of("*"));
        sink.silent = true;

        HttpResponse<String> response = post(key, "not json at all");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
    }

    @Test
    void everyRouteMustLeadToARegisteredDataset() {
        EventBridgeRouter router = new EventBridgeRouter(new EventRoutes(List.of(
                new EventRoute("aws.codepipeline", "CodePipeline Pipeline Execution State Change", "codepipeline"))));
        assertThatThrownBy(() -> new EventBridgeRoute(router, datasets, sink, CLOCK, STORE_TIMEOUT))
                .hasMessageContaining("unknown dataset 'codepipeline'");
    }

    private HttpResponse<String> post(NewKey key, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve("/ingest/eventbridge"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + key.plaintext())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cloudTrailEvent(String eventId, String detailType) {
        String eventName = detailType.contains("Sign In") ? "ConsoleLogin" : "GetObject";
        return "{\"version\": \"0\", \"id\": \"" + eventId + "-envelope\", \"detail-type\": \"" + detailType + "\","
                + " \"source\": \"aws.s3\", \"account\": \"111122223333\", \"time\": \"2026-11-01T08:00:00Z\","
                + " \"region\": \"eu-west-1\", \"resources\": [], \"detail\": {\"eventVersion\": \"1.08\","
                + " \"userIdentity\": {\"type\": \"IAMUser\", \"accountId\": \"111122223333\", \"userName\": \"ana\"},"
                + " \"eventTime\": \"2026-11-01T08:00:00Z\", \"eventSource\": \"s3.amazonaws.com\", \"eventName\": \""
                + eventName + "\", \"awsRegion\": \"eu-west-1\", \"sourceIPAddress\": \"198.51.100.7\","
                + " \"eventID\": \"" + eventId + "\", \"eventType\": \"AwsApiCall\", \"recipientAccountId\": \"111122223333\"}}";
    }

    private static JsonNode counts(long read, long indexed, long alreadyPresent, long deadLettered) throws IOException {
        return JSON.readTree("{\"read\":" + read + ",\"indexed\":" + indexed + ",\"already_present\":" + alreadyPresent
                + ",\"dead_lettered\":" + deadLettered + "}");
    }

    /** Keeps what it is given and acknowledges at once (a repeated id as already present), or never answers. */
    private static final class MemorySink implements Sink {

        final List<Document> documents = new CopyOnWriteArrayList<>();
        final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        volatile boolean silent;

        @Override
        public void write(Document document, Delivery delivery) {
            if (!silent) {
                boolean fresh = ids.add(document.dataset() + "/" + document.id());
                if (fresh) {
                    documents.add(document);
                }
                delivery.acknowledge(fresh ? Outcome.INDEXED : Outcome.ALREADY_PRESENT);
            }
        }

        @Override
        public void deadLetter(DeadLetter letter, Delivery delivery) {
            if (!silent) {
                deadLetters.add(letter);
                delivery.acknowledge(Outcome.DEAD_LETTERED);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
