package io.vigil.sources.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.SharedFixtures;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.SourceCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Routing real EventBridge events. The shared fixtures hold no CloudTrail event as EventBridge
 * delivers it, so those are built here from real CloudTrail records of the fixtures, wrapped in the
 * EventBridge envelope as AWS documents it (version, id, detail-type, source, account, time, region,
 * resources, detail); the other sources' events (Inspector, Security Hub, CodePipeline, CodeBuild)
 * are real EventBridge events from the fixtures. CodePipeline and CodeBuild have no dataset yet.
 */
class EventBridgeRouterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGN_IN = "cloudtrail/awsdocs_console-signin_iamuser_MFA.json";
    private static final String ASSUME_ROLE = "cloudtrail/awsdocs_iam_assumerole_crossaccount.json";
    private static final String ACCESS_DENIED = "cloudtrail/awsdocs_stepfunctions_accessdenied.json";

    private final EventBridgeRouter router = new EventBridgeRouter(EventRoutes.standard());

    @Test
    void oneEventAsAnApiDestinationSendsIt() throws IOException {
        String event = envelope("aws.signin", "AWS Console Sign In via CloudTrail", SharedFixtures.read(SIGN_IN));
        RoutedEvents routed = router.route(bytes(event));

        assertThat(routed.unrouted()).isEmpty();
        assertThat(routed.events()).isEqualTo(1);
        DatasetEvents cloudTrail = single(routed);
        assertThat(cloudTrail.dataset()).isEqualTo("cloudtrail");
        assertThat(cloudTrail.count()).isEqualTo(1);
        // one line, the same JSON as sent
        String ndjson = text(cloudTrail);
        assertThat(ndjson).endsWith("\n").hasLineCount(1);
        assertThat(JSON.readTree(ndjson)).isEqualTo(JSON.readTree(event));

        List<Document> documents = throughDataset(cloudTrail);
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo("fed06f42-cb12-4764-8c69-121063dc79b9");
            assertThat(Fields.text(document.source(), "event.action")).isEqualTo("ConsoleLogin");
        });
    }

    @Test
    void anArrayOfEventsIsSortedByDatasetInOrder() throws IOException {
        String inspector = SharedFixtures.read("inspector/awsdocs-ecr_eventbridge_Inspector2-Finding.json");
        String securityHub = SharedFixtures.read("securityhub/asr_eventbridge_SecurityHub-Findings-Imported_CIS-1.4.json");
        String pipeline = SharedFixtures.read("codepipeline/awsdocs_pipeline-execution_FAILED.json");
        String body = "[" + String.join(",",
                envelope("aws.sts", "AWS API Call via CloudTrail", SharedFixtures.read(ASSUME_ROLE)),
                inspector,
                envelope("aws.signin", "AWS Console Sign In via CloudTrail", SharedFixtures.read(SIGN_IN)),
                securityHub,
                pipeline,
                envelope("aws.states", "AWS API Call via CloudTrail", SharedFixtures.read(ACCESS_DENIED))) + "]";
        RoutedEvents routed = router.route(bytes(body));

        assertThat(routed.events()).isEqualTo(6);
        assertThat(routed.datasets()).extracting(DatasetEvents::dataset, DatasetEvents::count)
                .containsExactly(tuple("cloudtrail", 3), tuple("inspector", 1), tuple("securityhub", 1));
        assertThat(throughDataset(routed.datasets().get(0))).extracting(Document::id).containsExactly(
                "dEXAMPLE-ac7f-466c-a608-4ac8dEXAMPLE", "fed06f42-cb12-4764-8c69-121063dc79b9",
                "4a622d5c-e9cf-4051-90f2-4cdb69792cd8");
        // each finding update is an event and a latest state
        assertThat(throughDataset(routed.datasets().get(1))).extracting(d -> Fields.text(d.source(), "finding.source"))
                .containsExactly("inspector", "inspector");
        assertThat(throughDataset(routed.datasets().get(2))).extracting(d -> Fields.text(d.source(), "finding.type"))
                .hasSize(2).allSatisfy(type -> assertThat(type).contains("CIS AWS Foundations Benchmark"));

        assertThat(routed.unrouted()).singleElement().satisfies(unrouted -> {
            assertThat(unrouted.index()).isEqualTo(5);
            assertThat(unrouted.reason()).isEqualTo("no dataset takes EventBridge events of source"
                    + " 'aws.codepipeline' and detail-type 'CodePipeline Pipeline Execution State Change'");
            // the raw text is the event as sent
            assertThat(unrouted.raw()).isEqualTo(pipeline.strip());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspector/awsdocs-ecr_eventbridge_Inspector2-Scan.json",
            "codepipeline/awsdocs_pipeline-execution_FAILED.json", "codepipeline/lambda-go_codebuild-state-change.json",
            "codepipeline/awsdocs_stage-execution_STOPPED.json"})
    void realEventsOfSourcesWithoutDatasetAreUnrouted(String fixture) throws IOException {
        String event = SharedFixtures.read(fixture);
        JsonNode parsed = JSON.readTree(event);
        RoutedEvents routed = router.route(bytes(event));
        assertThat(routed.datasets()).isEmpty();
        assertThat(routed.unrouted()).singleElement().satisfies(unrouted -> {
            assertThat(unrouted.index()).isEqualTo(1);
            assertThat(unrouted.reason()).isEqualTo("no dataset takes EventBridge events of source '"
                    + parsed.get("source").asText() + "' and detail-type '" + parsed.get("detail-type").asText() + "'");
            assertThat(JSON.readTree(unrouted.raw())).isEqualTo(parsed);
        });
    }

    @Test
    void eventsOnePerLine() throws IOException {
        String first = compact(envelope("aws.sts", "AWS API Call via CloudTrail", SharedFixtures.read(ASSUME_ROLE)));
        String second = compact(envelope("aws.s3", "AWS Service Event via CloudTrail", """
                {"eventVersion": "1.08", "userIdentity": {"accountId": "111122223333", "invokedBy": "s3.amazonaws.com"},
                 "eventTime": "2026-11-02T08:00:00Z", "eventSource": "s3.amazonaws.com", "eventName": "LifecycleExpiration",
                 "awsRegion": "eu-west-1", "sourceIPAddress": "s3.amazonaws.com", "userAgent": "s3.amazonaws.com",
                 "eventID": "0a1b2c3d-0000-4000-8000-000000000001", "readOnly": false, "eventType": "AwsServiceEvent",
                 "recipientAccountId": "111122223333"}"""));
        RoutedEvents routed = router.route(bytes(first + "\n" + second + "\r\n"));
        assertThat(routed.unrouted()).isEmpty();
        DatasetEvents cloudTrail = single(routed);
        assertThat(text(cloudTrail)).isEqualTo(first + "\n" + second + "\n");
        assertThat(throughDataset(cloudTrail)).extracting(Document::id)
                .containsExactly("dEXAMPLE-ac7f-466c-a608-4ac8dEXAMPLE", "0a1b2c3d-0000-4000-8000-000000000001");
    }

    @Test
    void lineBreaksInsideAnEventAreDroppedNothingElse() throws IOException {
        String event = "{\r\n \"source\" :\n\"aws.s3\",\t\"detail-type\":\n \"AWS API Call via CloudTrail\",\n"
                + " \"detail\": {\"a\": \"line\\nbreak \\r escaped\", \"b\": \"tab\\there\"}\n}";
        DatasetEvents cloudTrail = single(router.route(bytes(event)));
        assertThat(text(cloudTrail)).isEqualTo("{ \"source\" :\"aws.s3\",\t\"detail-type\": \"AWS API Call via CloudTrail\","
                + " \"detail\": {\"a\": \"line\\nbreak \\r escaped\", \"b\": \"tab\\there\"}}\n");
    }

    @Test
    void aRawLineBreakInsideAStringIsInvalidJson() {
        String event = "{\"source\": \"aws.s3\", \"detail-type\": \"AWS API Call via CloudTrail\", \"detail\": {\"a\": \"x\ny\"}}";
        RoutedEvents routed = router.route(bytes(event));
        assertThat(routed.datasets()).isEmpty();
        assertThat(routed.unrouted()).singleElement().extracting(UnroutedEvent::reason).asString()
                .startsWith("invalid JSON at byte ").contains("in event 1: Illegal unquoted character");
    }

    @Test
    void emptyBodiesHaveNoEvents() {
        for (String body : List.of("", "  \n ", "[]", "[ ]\n")) {
            RoutedEvents routed = router.route(bytes(body));
            assertThat(routed.events()).as(body).isZero();
        }
    }

    @Test
    void valuesThatAreNotObjectsAreUnroutedOneByOne() {
        String body = "[\"text\", 42, null, true, [1, {\"source\": \"aws.s3\"}], {\"source\": \"aws.s3\","
                + " \"detail-type\": \"AWS API Call via CloudTrail\", \"detail\": {}}]";
        RoutedEvents routed = router.route(bytes(body));
        assertThat(single(routed).count()).isEqualTo(1);
        assertThat(routed.unrouted()).extracting(UnroutedEvent::index, UnroutedEvent::raw, UnroutedEvent::reason)
                .containsExactly(
                        tuple(1, "text", "not an EventBridge event: a JSON string where an event object was expected"),
                        tuple(2, "42", "not an EventBridge event: a JSON number where an event object was expected"),
                        tuple(3, "null", "not an EventBridge event: a JSON null where an event object was expected"),
                        tuple(4, "true", "not an EventBridge event: a JSON boolean where an event object was expected"),
                        tuple(5, "[1, {\"source\": \"aws.s3\"}]",
                                "not an EventBridge event: a JSON array where an event object was expected"));
    }

    @Test
    void objectsWithoutSourceAndDetailTypeStringsAreUnrouted() {
        String body = "{\"findings\": [], \"nextToken\": null}\n"
                + "{\"source\": \"aws.s3\", \"detail\": {}}\n"
                + "{\"source\": 7, \"detail-type\": \"AWS API Call via CloudTrail\"}\n"
                + "{\"source\": \"aws.s3\", \"detail-type\": [\"AWS API Call via CloudTrail\"]}\n"
                + "{}\n";
        RoutedEvents routed = router.route(bytes(body));
        assertThat(routed.datasets()).isEmpty();
        assertThat(routed.unrouted()).extracting(UnroutedEvent::reason).containsExactly(
                "not an EventBridge event: it needs the strings 'source' and 'detail-type'; its keys are [findings, nextToken]",
                "not an EventBridge event: it needs the strings 'source' and 'detail-type'; its keys are [source, detail]",
                "not an EventBridge event: it needs the strings 'source' and 'detail-type'; its keys are [source, detail-type]",
                "not an EventBridge event: it needs the strings 'source' and 'detail-type'; its keys are [source, detail-type]",
                "not an EventBridge event: it needs the strings 'source' and 'detail-type'; its keys are []");
        assertThat(routed.unrouted()).extracting(UnroutedEvent::raw).element(0).isEqualTo("{\"findings\": [], \"nextToken\": null}");
    }

    @Test
    void invalidJsonEndsTheReadingAndKeepsWhatCameBefore() throws IOException {
        String good = compact(envelope("aws.sts", "AWS API Call via CloudTrail", SharedFixtures.read(ASSUME_ROLE)));
        RoutedEvents routed = router.route(bytes("[" + good + "," + good + ", {\"source\": \"aws.s3\", \"detail-type\": tru"));
        assertThat(single(routed).count()).isEqualTo(2);
        assertThat(routed.unrouted()).singleElement().satisfies(bad -> {
            assertThat(bad.index()).isEqualTo(3);
            assertThat(bad.reason()).startsWith("invalid JSON at byte " + (2 * good.length() + 2 + 1 + 37) + " (line 1, column ")
                    .contains("in event 3: Unrecognized token 'tru'").endsWith("; the rest of the body was not read");
            assertThat(bad.raw()).isEqualTo("{\"source\": \"aws.s3\", \"detail-type\": tru");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[{\"source\": \"aws.s3\"}", "{\"source\": \"aws.s3\", }", "]", "{\"a\" 1}", "\u0000",
            "{\"source\": \"aws.s3\"} garbage", "[{}, ]"})
    void brokenBodiesAreReportedNotThrown(String body) {
        RoutedEvents routed = router.route(bytes(body));
        assertThat(routed.datasets()).isEmpty();
        assertThat(routed.unrouted()).last().extracting(UnroutedEvent::reason).asString().startsWith("invalid JSON at byte ");
    }

    @Test
    void deepNestingIsInvalidJsonNotAStackOverflow() {
        String deep = "[".repeat(100_000);
        RoutedEvents routed = router.route(bytes("{\"source\": \"aws.s3\", \"detail-type\": \"AWS API Call via CloudTrail\","
                + " \"detail\": " + deep));
        assertThat(routed.unrouted()).singleElement().extracting(UnroutedEvent::reason).asString()
                .contains("nesting depth");
    }

    @Test
    void hostileValuesAreQuotedBoundedInReasons() {
        String huge = "x".repeat(1_000_000);
        RoutedEvents routed = router.route(bytes("{\"source\": \"" + huge + "\", \"detail-type\": \"" + huge + "\"}"));
        UnroutedEvent unrouted = routed.unrouted().get(0);
        assertThat(unrouted.reason()).hasSizeLessThan(600).contains("x".repeat(200) + "...");
        assertThat(unrouted.raw().length()).as("the whole event").isEqualTo(2_000_000 + 33);
    }

    @Test
    void aBodyThatIsNotUtf8IsUnrouted() {
        byte[] utf16 = "{\"source\": \"aws.s3\", \"detail-type\": \"AWS API Call via CloudTrail\"}"
                .getBytes(StandardCharsets.UTF_16BE);
        RoutedEvents routed = router.route(utf16);
        assertThat(routed.datasets()).isEmpty();
        assertThat(routed.unrouted()).singleElement().extracting(UnroutedEvent::reason)
                .isEqualTo("the body is not UTF-8; EventBridge events are UTF-8 JSON");
    }

    @Test
    void manyEventsInOneBody() {
        String event = "{\"version\":\"0\",\"source\":\"aws.s3\",\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{}}";
        String other = "{\"source\":\"aws.codebuild\",\"detail-type\":\"CodeBuild Build State Change\",\"detail\":{}}";
        String body = IntStream.range(0, 100_000).mapToObj(i -> i % 10 == 0 ? other : event)
                .collect(Collectors.joining(",", "[", "]"));
        RoutedEvents routed = router.route(bytes(body));
        assertThat(single(routed).count()).isEqualTo(90_000);
        assertThat(routed.unrouted()).hasSize(10_000);
        assertThat(routed.unrouted().get(1).index()).isEqualTo(11);
        assertThat(single(routed).ndjson()).hasSize(90_000 * (event.length() + 1));
    }

    private static DatasetEvents single(RoutedEvents routed) {
        assertThat(routed.datasets()).hasSize(1);
        return routed.datasets().get(0);
    }

    /** The events through their dataset's own decoder and normalizer, as the pipeline runs them. */
    private static List<Document> throughDataset(DatasetEvents events) throws IOException {
        Dataset dataset = SourceCatalog.datasets().require(events.dataset());
        List<Document> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        dataset.decoder().decode(new ByteArrayInputStream(events.ndjson()), SourceLocation.whole("test"),
                new RecordHandler() {
                    @Override
                    public void record(RawRecord record) {
                        try {
                            dataset.normalizer().normalize(record, documents::add);
                        } catch (BadRecordException e) {
                            problems.add(e.getMessage());
                        }
                    }

                    @Override
                    public void malformed(SourceLocation location, String raw, String reason) {
                        problems.add(location + ": " + reason);
                    }
                });
        assertThat(problems).isEmpty();
        return documents;
    }

    /** An EventBridge event of a CloudTrail record, in the envelope EventBridge puts around it. */
    private static String envelope(String source, String detailType, String record) throws IOException {
        JsonNode detail = JSON.readTree(record);
        return "{\n  \"version\": \"0\",\n  \"id\": \"6f6e6b1c-0000-4000-8000-" + String.format("%012d", record.length())
                + "\",\n  \"detail-type\": \"" + detailType + "\",\n  \"source\": \"" + source + "\",\n  \"account\": \""
                + detail.path("recipientAccountId").asText() + "\",\n  \"time\": \"" + detail.path("eventTime").asText()
                + "\",\n  \"region\": \"" + detail.path("awsRegion").asText() + "\",\n  \"resources\": [],\n  \"detail\": "
                + record.strip() + "\n}";
    }

    private static String compact(String json) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(json));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(DatasetEvents events) {
        return new String(events.ndjson(), StandardCharsets.UTF_8);
    }
}
