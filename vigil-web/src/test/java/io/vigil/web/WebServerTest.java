package io.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.config.ByteSize;
import io.vigil.core.config.WebConfig;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.web.auth.AuthSettings;
import io.vigil.web.auth.Authentication;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.ingest.RequestBody;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.keys.NewKey;
import io.vigil.web.users.UserStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP layer over real HTTP: a started server on a free port and the JDK client. */
class WebServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_DECOMPRESSED = 1024 * 1024;

    @TempDir
    Path dataDir;

    private final RecordingSink sink = new RecordingSink();
    private final AtomicReference<StatsProvider> stats = new AtomicReference<>(
            () -> new StoreStats(Map.of("test", 3L), 1));
    private final AtomicReference<EngineHealth> health = new AtomicReference<>(new EngineHealth(true, "opensearch 2.19.6"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final DatasetRegistry datasets = new DatasetRegistry()
            .register(TestDataset.named("test"))
            .register(TestDataset.named("other"));
    private KeyStore keys;
    private WebServer server;
    private NewKey all;
    private NewKey otherDatasetOnly;
    private NewKey alphaOnly;
    private NewKey revoked;

    @BeforeEach
    void start() {
        keys = new KeyStore(dataDir, CLOCK);
        all = keys.create("all", List.of("*"), List.of("*"));
        otherDatasetOnly = keys.create("other-only", List.of("other"), List.of("*"));
        alphaOnly = keys.create("alpha-only", List.of("test"), List.of("alpha"));
        revoked = keys.create("revoked", List.of("*"), List.of("*"));
        keys.revoke("revoked");
        server = newServer(new WebConfig("127.0.0.1", 0, new ByteSize(MAX_BODY), new ByteSize(MAX_DECOMPRESSED), null, null, null)).start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void healthIsOpenAndReportsTheEngine() throws Exception {
        HttpResponse<String> response = send(request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.at("/engine/reachable").asBoolean()).isTrue();
        assertThat(body.at("/engine/detail").asText()).isEqualTo("opensearch 2.19.6");
        assertSecurityHeaders(response);
    }

    @Test
    void healthSaysWhenTheEngineIsUnreachable() throws Exception {
        health.set(null);

        HttpResponse<String> response = send(request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/engine/reachable").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stats", "/ingest/test"})
    void refusesRequestsWithoutAKey(String path) throws Exception {
        HttpResponse<String> response = send(call(path, null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(error(response)).contains("missing ingest key").contains("Authorization: Bearer");
        assertSecurityHeaders(response);
        assertThat(sink.documents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stats", "/ingest/test"})
    void refusesMalformedKeys(String path) throws Exception {
        String truncated = all.plaintext().substring(0, 30);
        for (String header : List.of("Bearer " + truncated, "Bearer ", "Bearer vgl_zz", "Token " + all.plaintext(),
                "Basic " + Base64.getEncoder().encodeToString(("x:" + all.plaintext()).getBytes()))) {
            HttpResponse<String> response = send(call(path, null).header("Authorization", header));

            assertThat(response.statusCode()).as(header).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(response.body()).doesNotContain(truncated).doesNotContain(all.plaintext().substring(17));
        }
        assertThat(sink.documents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stats", "/ingest/test"})
    void refusesWrongAndRevokedKeys(String path) throws Exception {
        String secret = all.plaintext().substring(17);
        String wrongSecret = all.plaintext().substring(0, 17) + (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1);
        String unknownId = "vgl_0123456789ab_" + secret;
        for (String key : List.of(wrongSecret, unknownId, revoked.plaintext())) {
            HttpResponse<String> response = send(call(path, key));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(error(response)).contains("wrong or revoked");
            assertThat(response.body()).doesNotContain(key.substring(17)).doesNotContain(key.substring(4, 16));
        }
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void statsAnswerAnyValidKey() throws Exception {
        HttpResponse<String> response = send(request("/api/stats").GET()
                .header("Authorization", "Bearer " + otherDatasetOnly.plaintext()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"documents\":{\"test\":3},\"dead_letters\":1}"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertSecurityHeaders(response);
    }

    @Test
    void statsSayWhenTheEngineCannotBeQueried() throws Exception {
        stats.set(() -> {
            throw new IllegalStateException("connection refused");
        });

        HttpResponse<String> response = send(call("/api/stats", all.plaintext()));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(error(response)).contains("vigil status");
    }

    @Test
    void ingestStoresTheBatchAndAnswersTheCounts() throws Exception {
        String batch = lines(record("a", "alpha"), record("b", "beta"), "not json", record("c", null));

        HttpResponse<String> first = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString(batch)));
        HttpResponse<String> again = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString(batch)));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body())).isEqualTo(counts(4, 3, 0, 1));
        assertThat(JSON.readTree(again.body())).isEqualTo(counts(4, 0, 3, 1));
        assertSecurityHeaders(first);
        assertThat(sink.documents()).extracting(Document::id).containsExactly("a", "b", "c");
        Document stored = sink.documents().get(0);
        assertThat(stored.dataset()).isEqualTo("test");
        assertThat(stored.location().toString())
                .matches("http:/ingest/test key=" + all.key().id() + " request=[0-9a-f]{16} line 1");
        assertThat(sink.deadLetters()).hasSize(2);
        assertThat(sink.deadLetters().get(0).id()).as("a repeated request keeps its dead letters' ids")
                .isEqualTo(sink.deadLetters().get(1).id());
    }

    @Test
    void ingestAcceptsGzipBodies() throws Exception {
        byte[] gzipped = gzip(lines(record("a", "alpha"), record("b", "alpha")).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofByteArray(gzipped))
                .header("Content-Encoding", "gzip"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(counts(2, 2, 0, 0));
    }

    @Test
    void ingestRefusesDatasetsOutsideTheKeysScope() throws Exception {
        HttpResponse<String> response = send(post("/ingest/test", otherDatasetOnly.plaintext(),
                BodyPublishers.ofString(lines(record("a", "alpha")))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response)).contains("dataset 'test'").contains("[other]");
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void ingestNamesTheKnownDatasetsForAnUnknownOne() throws Exception {
        HttpResponse<String> response = send(post("/ingest/nope", all.plaintext(), BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).contains("'nope'").contains("other, test");
    }

    @Test
    void projectScopedKeySendsItsOwnProjects() throws Exception {
        HttpResponse<String> response = send(post("/ingest/test", alphaOnly.plaintext(),
                BodyPublishers.ofString(lines(record("a", "alpha"), record("b", "alpha")))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(counts(2, 2, 0, 0));
        assertThat(sink.documents()).hasSize(2);
    }

    @Test
    void projectScopedKeyIsRefusedWholeForOneForeignRecord() throws Exception {
        String batch = lines(record("a", "alpha"), record("b", "alpha"), record("c", "beta"), record("d", "gamma"));

        HttpResponse<String> response = send(post("/ingest/test", alphaOnly.plaintext(), BodyPublishers.ofString(batch)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response)).contains("line 3").contains("[beta]").contains("[alpha]")
                .contains("nothing of this request was indexed");
        assertThat(sink.documents()).isEmpty();
        assertThat(sink.deadLetters()).isEmpty();
    }

    @Test
    void projectScopedKeyIsRefusedForMultiValuedAndUnassignedRecords() throws Exception {
        String multiValued = "{\"id\":\"m\",\"@timestamp\":\"2026-11-01T00:00:00Z\",\"project\":[\"alpha\",\"beta\"]}";

        HttpResponse<String> both = send(post("/ingest/test", alphaOnly.plaintext(), BodyPublishers.ofString(multiValued)));
        HttpResponse<String> none = send(post("/ingest/test", alphaOnly.plaintext(),
                BodyPublishers.ofString(lines(record("u", null)))));

        assertThat(both.statusCode()).isEqualTo(403);
        assertThat(error(both)).contains("[alpha, beta]");
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(error(none)).contains("[unassigned]");
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void refusesBodiesOverTheCapByContentLength() throws Exception {
        byte[] large = manyRecords(MAX_BODY + 1);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofByteArray(large)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).contains("web.max_body");
        assertSecurityHeaders(response);
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void refusesStreamedBodiesOverTheCap() throws Exception {
        byte[] large = manyRecords(2 * MAX_BODY);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(),
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).contains("streamed");
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void acceptsStreamedBodiesWithinTheCap() throws Exception {
        byte[] fits = lines(record("a", "alpha")).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(),
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(counts(1, 1, 0, 0));
    }

    @Test
    void refusesGzipBombsByDecompressedSize() throws Exception {
        byte[] bomb = gzip((record("same", "alpha") + "\n").repeat(4 * MAX_DECOMPRESSED / 50).getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(MAX_BODY);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofByteArray(bomb))
                .header("Content-Encoding", "gzip"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).contains("web.max_decompressed_body");
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void refusesGzipBombsSentWithoutContentEncoding() throws Exception {
        byte[] bomb = gzip((record("same", "alpha") + "\n").repeat(4 * MAX_DECOMPRESSED / 50).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofByteArray(bomb)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(sink.documents()).isEmpty();
    }

    @Test
    void refusesUnsupportedEncodingsAndCorruptGzip() throws Exception {
        HttpResponse<String> brotli = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString("x"))
                .header("Content-Encoding", "br"));
        HttpResponse<String> corrupt = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString("not gzip"))
                .header("Content-Encoding", "gzip"));

        assertThat(brotli.statusCode()).isEqualTo(415);
        assertThat(corrupt.statusCode()).isEqualTo(400);
        assertThat(error(corrupt)).contains("not gzip");
    }

    @Test
    void answers503WhenTheStoreFailsSoSendersRetry() throws Exception {
        sink.mode(RecordingSink.Mode.FAIL);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(),
                BodyPublishers.ofString(lines(record("a", "alpha")))));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(error(response)).contains("send the same request again");
    }

    @Test
    void answers503WhenTheStoreDoesNotConfirmInTime() throws Exception {
        sink.mode(RecordingSink.Mode.SILENT);

        HttpResponse<String> response = send(post("/ingest/test", all.plaintext(),
                BodyPublishers.ofString(lines(record("a", "alpha")))));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(error(response)).contains("did not confirm the documents within 1 s");
    }

    @Test
    void refusesIngestBeyondTheConcurrencyLimitWith503() throws Exception {
        server.close();
        server = newServer(new WebConfig("127.0.0.1", 0, new ByteSize(MAX_BODY), new ByteSize(MAX_DECOMPRESSED), 1, null, null)).start();
        sink.mode(RecordingSink.Mode.SILENT);
        var waiting = http.sendAsync(post("/ingest/test", all.plaintext(),
                BodyPublishers.ofString(lines(record("a", "alpha")))).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300); // the first request now waits for the store's confirmation

        HttpResponse<String> busy = send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString(lines(record("b", "alpha")))));
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("5");
        assertThat(error(busy)).contains("send this one again");

        assertThat(waiting.get().statusCode()).isEqualTo(503); // the silent store's time-out
        sink.mode(RecordingSink.Mode.ACKNOWLEDGE);
        assertThat(send(post("/ingest/test", all.plaintext(), BodyPublishers.ofString(lines(record("c", "alpha"))))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void seesKeysCreatedAndRevokedByAnotherProcessWithoutRestart() throws Exception {
        KeyStore command = new KeyStore(dataDir, CLOCK);
        NewKey fresh = command.create("fresh", List.of("test"), List.of("*"));

        assertThat(send(call("/api/stats", fresh.plaintext())).statusCode()).isEqualTo(200);

        command.revoke("fresh");
        assertThat(send(call("/api/stats", fresh.plaintext())).statusCode()).isEqualTo(401);
    }

    @Test
    void extraIngestRoutesGetTheKeysScopesAndTheCaps() throws Exception {
        server.addIngestRoute("envelope", request -> {
            String lines = readEnvelope(request.body());
            return request.ingest(datasets.require("test"), RequestBody.of(lines.getBytes(StandardCharsets.UTF_8)));
        });
        String envelope = JSON.writeValueAsString(Map.of("records", List.of(record("a", "alpha"), record("b", "beta"))));

        HttpResponse<String> stored = send(post("/ingest/envelope", all.plaintext(), BodyPublishers.ofString(envelope)));
        HttpResponse<String> outOfDataset = send(post("/ingest/envelope", otherDatasetOnly.plaintext(),
                BodyPublishers.ofString(envelope)));
        HttpResponse<String> outOfProject = send(post("/ingest/envelope", alphaOnly.plaintext(),
                BodyPublishers.ofString(envelope)));
        HttpResponse<String> noKey = send(post("/ingest/envelope", null, BodyPublishers.ofString(envelope)));
        HttpResponse<String> tooLarge = send(post("/ingest/envelope", all.plaintext(),
                BodyPublishers.ofByteArray(manyRecords(MAX_BODY + 1))));

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stored.body())).isEqualTo(counts(2, 2, 0, 0));
        assertThat(sink.documents().get(0).location().input()).startsWith("http:/ingest/envelope key=");
        assertThat(outOfDataset.statusCode()).isEqualTo(403);
        assertThat(outOfProject.statusCode()).isEqualTo(403);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThatThrownBy(() -> server.addIngestRoute("other", request -> null))
                .hasMessageContaining("would hide the dataset");
    }

    @Test
    void unknownPathsAnswerJsonWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = send(request("/nothing/here").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).contains("/nothing/here");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aTakenPortIsReportedClearly() {
        WebServer second = newServer(new WebConfig("127.0.0.1", server.port(), null, null, null, null, null));

        assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + server.port()).hasMessageContaining("web.port");
    }

    private WebServer newServer(WebConfig config) {
        IngestService ingest = new IngestService(datasets, List.of(TestDataset.projectFromRecord()), sink, CLOCK,
                Duration.ofSeconds(1));
        Authentication auth = new Authentication(keys, new UserStore(dataDir, CLOCK), AuthSettings.defaults(), CLOCK);
        return new WebServer(config, auth, ingest, () -> stats.get().stats(), () -> {
            EngineHealth current = health.get();
            if (current == null) {
                throw new IllegalStateException("connection refused");
            }
            return current;
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(20));
    }

    /** A GET of the stats or a small POST of a batch, with the key if given. */
    private HttpRequest.Builder call(String path, String key) {
        return path.startsWith("/ingest/")
                ? post(path, key, BodyPublishers.ofString(lines(record("a", "alpha"))))
                : withKey(request(path).GET(), key);
    }

    private HttpRequest.Builder post(String path, String key, BodyPublisher body) {
        return withKey(request(path).POST(body).header("Content-Type", "application/x-ndjson"), key);
    }

    private static HttpRequest.Builder withKey(HttpRequest.Builder builder, String key) {
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    private static String error(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("error");
        return body.get("error").asText();
    }

    private static JsonNode counts(long read, long indexed, long alreadyPresent, long deadLettered) throws IOException {
        return JSON.readTree("{\"read\":" + read + ",\"indexed\":" + indexed + ",\"already_present\":" + alreadyPresent
                + ",\"dead_lettered\":" + deadLettered + "}");
    }

    private static String record(String id, String project) {
        return "{\"id\":\"" + id + "\",\"@timestamp\":\"2026-11-01T00:00:00Z\""
                + (project == null ? "" : ",\"project\":\"" + project + "\"") + "}";
    }

    private static String lines(String... records) {
        return String.join("\n", records) + "\n";
    }

    /** Valid records, at least {@code bytes} long in all. */
    private static byte[] manyRecords(int bytes) {
        String one = record("x", "alpha") + "\n";
        return IntStream.range(0, bytes / one.length() + 1).mapToObj(i -> record("r" + i, "alpha"))
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static String readEnvelope(RequestBody body) {
        try {
            JsonNode envelope = JSON.readTree(body.open());
            StringBuilder lines = new StringBuilder();
            envelope.get("records").forEach(record -> lines.append(record.asText()).append('\n'));
            return lines.toString();
        } catch (IOException e) {
            throw new ApiException(400, "not an envelope: " + e.getMessage());
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
