package io.vigil.sources.findingapi;

import io.vigil.sources.aws.AccountClientSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.checkpoint.CheckpointStore;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.aws.RecordingSink;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.sources.guardduty.GuardDutyDataset;
import io.vigil.sources.inspector.InspectorDataset;
import io.vigil.sources.securityhub.SecurityHubDataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;

/**
 * The findings collector with the real SDK clients against the local services, which hold the
 * fixtures' findings in the services' wire form: Inspector v2 the DefectDojo {@code ListFindings}
 * output (8 findings), GuardDuty the S3 export lines, the two aws-samples findings and the AWS CLI
 * {@code GetFindings} output (8 findings), Security Hub the two DefectDojo {@code GetFindings} files
 * (4 GuardDuty and 7 Inspector findings), three to a page.
 */
class FindingApiCollectorIT {

    private static final Instant FIRST_RUN = Instant.parse("2024-12-01T00:00:00Z");
    private static final Duration LOOKBACK = Duration.ofDays(5 * 365);
    private static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final String PROD_KEY = "ASIAVIGILPROD0000001";
    private static final String AUDIT_KEY = "ASIAVIGILAUDIT000001";
    private static final FindingApiTarget PROD = new FindingApiTarget("prod", "us-east-1");
    private static final FindingApiTarget AUDIT = new FindingApiTarget("audit", "us-east-1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalFindingServices services;
    private static final Map<String, List<ObjectNode>> served = new ConcurrentHashMap<>();

    @TempDir
    Path data;

    private RecordingSink sink;
    private CheckpointStore checkpoints;
    /** Every page as the pipeline read it, by source location. */
    private final Map<String, JsonNode> pagesRead = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServices() throws IOException {
        services = LocalFindingServices.start(3);
        served.put("inspector2", wire(findings("inspector/defectdojo_inspector2_list-findings_many.json", "findings"),
                software.amazon.awssdk.services.inspector2.model.Finding.builder()));
        List<JsonNode> guardDuty = new ArrayList<>();
        for (String line : SharedFixtures.read("guardduty/elastic-integrations_test-guardduty_s3-export.log").split("\n")) {
            JsonNode finding = JSON.readTree(line);
            if (!finding.has("findings")) { // its last line is an empty export: {"findings":[]}
                guardDuty.add(finding);
            }
        }
        guardDuty.add(JSON.readTree(SharedFixtures.bytes("guardduty/aws-samples_gd-automated-response_iam_Recon-IAMUser-MaliciousIPCaller.json")));
        guardDuty.add(JSON.readTree(SharedFixtures.bytes("guardduty/aws-samples_gd-automated-response_s3_PenTest-S3-ParrotLinux.json")));
        guardDuty.addAll(findings("guardduty/awscli_guardduty_get-findings_output_Recon-IAMUser.json", "Findings"));
        served.put("guardduty", wire(guardDuty, software.amazon.awssdk.services.guardduty.model.Finding.builder()));
        List<JsonNode> securityHub = new ArrayList<>(findings("securityhub/defectdojo_securityhub_guardduty_4findings.json", "Findings"));
        securityHub.addAll(findings("securityhub/defectdojo_securityhub_inspector2_ecr_7findings.json", "Findings"));
        served.put("securityhub", wire(securityHub, AwsSecurityFinding.builder()));
        served.forEach(services::serve);
        services.expire(AUDIT_KEY);
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @BeforeEach
    void setUp() {
        sink = new RecordingSink();
        checkpoints = CheckpointStore.of(data);
        services.reset();
    }

    @AfterEach
    void closeSink() {
        sink.close();
    }

    @Test
    void everyPageOfEverySourceIsStoredOnceAndTheCursorsMoveToTheNewestUpdate() {
        services.throttleOnce(request -> request.service().equals("inspector2") && request.body().has("nextToken"));
        services.throttleOnce(request -> request.service().equals("guardduty") && request.body().has("nextToken"));
        services.throttleOnce(request -> request.service().equals("securityhub") && request.body().has("NextToken"));

        List<FindingApiRun> runs = run(FIRST_RUN, settings(5, Set.of()), List.of(PROD));

        assertThat(runs).extracting(FindingApiRun::api, FindingApiRun::problem, FindingApiRun::pages, FindingApiRun::findings,
                        FindingApiRun::indexed, FindingApiRun::alreadyPresent, FindingApiRun::deadLettered)
                .containsExactly(
                        tuple("inspector2", null, 3, 8L, 16L, 0L, 0L),
                        tuple("guardduty", null, 3, 8L, 16L, 0L, 0L),
                        tuple("securityhub", null, 4, 11L, 22L, 0L, 0L));
        assertThat(sink.deadLetters()).isEmpty();

        // one event per finding update, by the dataset that reported it, and one state per finding
        assertThat(findingIds(InspectorDataset.NAME)).containsExactlyInAnyOrderElementsOf(
                servedIds("inspector2", "findingArn"));
        assertThat(findingIds(InspectorDataset.NAME)).contains(
                "arn:aws:inspector2:us-east-1:012345678901:finding/00037f625ee77ac186869f906eb73366");
        assertThat(findingIds(GuardDutyDataset.NAME)).containsExactlyInAnyOrderElementsOf(servedIds("guardduty", "arn"));
        assertThat(findingIds(GuardDutyDataset.NAME)).contains("arn:aws:guardduty:us-east-1:111122223333:detector/"
                + "d4b040365221be2b54a6264dcexample/finding/1ab92989eaf0e742df4a014d5example");
        assertThat(findingIds(SecurityHubDataset.NAME)).containsExactlyInAnyOrderElementsOf(servedIds("securityhub", "Id"));
        assertThat(documents(FindingsIndex.STATE_DATASET)).hasSize(8 + 8 + 11);

        // the normalizers read the pages as they read files; values checked by hand against the fixtures
        JsonNode closed = event(InspectorDataset.NAME,
                "arn:aws:inspector2:us-east-1:012345678901:finding/00037f625ee77ac186869f906eb73366");
        assertThat(closed.at("/cloud/account/id").asText()).isEqualTo("012345678901");
        assertThat(closed.at("/finding/status").asText()).isEqualTo("resolved"); // CLOSED
        assertThat(closed.at("/finding/first_seen").asText()).isEqualTo("2024-02-02T15:30:33.045Z"); // 16:30:33.045+01:00
        assertThat(closed.at("/finding/last_seen").asText()).isEqualTo("2024-06-14T02:03:53.051Z"); // 04:03:53.051+02:00
        assertThat(closed.at("/finding/updated_at").asText()).isEqualTo("2024-06-14T02:03:53.051Z");
        assertThat(closed.at("/vulnerability/id").asText()).isEqualTo("CVE-2021-3744");
        JsonNode recon = event(GuardDutyDataset.NAME, "arn:aws:guardduty:us-east-1:111122223333:detector/"
                + "d4b040365221be2b54a6264dcexample/finding/1ab92989eaf0e742df4a014d5example"); // the AWS CLI output
        assertThat(recon.at("/finding/type").asText()).isEqualTo("Recon:IAMUser/UserPermissions");
        assertThat(recon.at("/finding/severity").asText()).isEqualTo("medium"); // 5
        assertThat(recon.at("/finding/updated_at").asText()).isEqualTo("2020-05-26T22:55:21.703Z");
        assertThat(recon.at("/cloud/account/id").asText()).isEqualTo("111122223333");
        JsonNode copy = event(SecurityHubDataset.NAME,
                "arn:aws:guardduty:us-east-1:123456789012:detector/123456789/finding/123456789789");
        assertThat(copy.at("/finding/source").asText()).isEqualTo("guardduty");
        assertThat(copy.at("/finding/reported_by").asText()).isEqualTo("securityhub");
        assertThat(copy.at("/finding/severity").asText()).isEqualTo("medium"); // Label MEDIUM
        assertThat(copy.at("/finding/status").asText()).isEqualTo("open"); // Workflow NEW, RecordState ACTIVE
        assertThat(copy.at("/finding/first_seen").asText()).isEqualTo("2024-01-17T11:19:23Z");
        assertThat(documents(InspectorDataset.NAME)).allSatisfy(event ->
                assertThat(event.location().input()).matches("api:inspector2:ListFindings prod/us-east-1 page [1-3]"));
        assertThat(documents(GuardDutyDataset.NAME)).allSatisfy(event -> assertThat(event.location().input())
                .matches("api:guardduty:GetFindings prod/us-east-1 detector " + LocalFindingServices.DETECTOR + " page [1-3]"));
        assertThat(documents(SecurityHubDataset.NAME)).allSatisfy(event ->
                assertThat(event.location().input()).matches("api:securityhub:GetFindings prod/us-east-1 page [1-4]"));

        // each page reached the pipeline as the service's own output
        assertThat(pagesRead).hasSize(3 + 3 + 4);
        assertPagesAreTheServedFindings("inspector2", "findings", "findingArn");
        assertPagesAreTheServedFindings("guardduty", "findings", "arn");
        assertPagesAreTheServedFindings("securityhub", "Findings", "Id");

        // the requests: the window from the lookback to the run's start, the largest pages, and the throttled
        // request sent again by the SDK's retry
        Instant since = FIRST_RUN.minus(LOOKBACK);
        List<LocalFindingServices.Request> inspector = services.requests("inspector2");
        assertThat(inspector).hasSize(3 + 1);
        assertThat(inspector.get(0).body().at("/filterCriteria/updatedAt/0/startInclusive").decimalValue())
                .isEqualByComparingTo(Long.toString(since.getEpochSecond()));
        assertThat(inspector.get(0).body().at("/filterCriteria/updatedAt/0/endInclusive").decimalValue())
                .isEqualByComparingTo(Long.toString(FIRST_RUN.getEpochSecond()));
        assertThat(inspector).allSatisfy(request -> assertThat(request.body().get("maxResults").asInt()).isEqualTo(100));
        assertThat(inspector.get(2).body()).isEqualTo(inspector.get(1).body());
        assertThat(inspector.get(1).body().get("nextToken").asText()).isEqualTo("offset-3");

        List<LocalFindingServices.Request> guardDuty = services.requests("guardduty");
        assertThat(guardDuty).extracting(LocalFindingServices.Request::method, LocalFindingServices.Request::path)
                .containsExactly(
                        tuple("GET", "/detector"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings/get"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings/get"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings"),
                        tuple("POST", "/detector/" + LocalFindingServices.DETECTOR + "/findings/get"));
        JsonNode firstList = guardDuty.get(1).body();
        assertThat(firstList.at("/findingCriteria/criterion/updatedAt/greaterThanOrEqual").asLong()).isEqualTo(since.toEpochMilli());
        assertThat(firstList.at("/findingCriteria/criterion/updatedAt/lessThanOrEqual").asLong()).isEqualTo(FIRST_RUN.toEpochMilli());
        assertThat(firstList.at("/sortCriteria/attributeName").asText()).isEqualTo("updatedAt");
        assertThat(firstList.at("/sortCriteria/orderBy").asText()).isEqualTo("ASC");
        assertThat(firstList.get("maxResults").asInt()).isEqualTo(50);
        // oldest update first: the AWS CLI example (2020-05-26) is on the first page
        assertThat(guardDuty.get(2).body().get("findingIds")).hasSize(3)
                .first().satisfies(id -> assertThat(id.asText()).isEqualTo("1ab92989eaf0e742df4a014d5example"));

        List<LocalFindingServices.Request> securityHub = services.requests("securityhub");
        assertThat(securityHub).hasSize(4 + 1);
        assertThat(securityHub.get(0).body().at("/Filters/UpdatedAt/0/Start").asText()).isEqualTo(since.toString());
        assertThat(securityHub.get(0).body().at("/Filters/UpdatedAt/0/End").asText()).isEqualTo(FIRST_RUN.toString());
        assertThat(securityHub.get(0).body().get("MaxResults").asInt()).isEqualTo(100);

        // the cursors: the newest update time read, by hand from the fixtures
        assertThat(checkpoints.positions(FindingCursors.STREAM)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "inspector2/prod/us-east-1", "2024-07-31T15:59:32Z", // 2024-07-31T17:59:32+02:00, findings 00679d1d.. and 0068a17c..
                "guardduty/prod/us-east-1", "2024-10-04T04:09:13.066Z", // S3 export line 5, finding abcd1234
                "securityhub/prod/us-east-1", "2024-01-17T11:33:21.196Z")); // GuardDuty finding 123456789789

        // a second run reads from the cursors less the overlap: only the newest updates again, stored already
        services.reset();
        int stored = sink.documents().size();
        Instant secondRun = FIRST_RUN.plus(Duration.ofHours(1));

        List<FindingApiRun> again = run(secondRun, settings(5, Set.of()), List.of(PROD));

        assertThat(again).extracting(FindingApiRun::api, FindingApiRun::problem, FindingApiRun::findings,
                        FindingApiRun::indexed, FindingApiRun::alreadyPresent)
                .containsExactly(
                        tuple("inspector2", null, 2L, 0L, 4L),
                        tuple("guardduty", null, 1L, 0L, 2L),
                        tuple("securityhub", null, 2L, 0L, 4L));
        assertThat(sink.documents()).hasSize(stored);
        assertThat(services.requests("inspector2").get(0).body().at("/filterCriteria/updatedAt/0/startInclusive").decimalValue())
                .isEqualByComparingTo(Long.toString(Instant.parse("2024-07-31T15:54:32Z").getEpochSecond()));
        assertThat(services.requests("guardduty").get(1).body().at("/findingCriteria/criterion/updatedAt/greaterThanOrEqual").asLong())
                .isEqualTo(Instant.parse("2024-10-04T04:04:13.066Z").toEpochMilli());
        assertThat(services.requests("securityhub").get(0).body().at("/Filters/UpdatedAt/0/Start").asText())
                .isEqualTo("2024-01-17T11:28:21.196Z");
        assertThat(services.requests("securityhub").get(0).body().at("/Filters/UpdatedAt/0/End").asText())
                .isEqualTo(secondRun.toString());
        assertThat(again).extracting(FindingApiRun::cursor).containsExactly(Instant.parse("2024-07-31T15:59:32Z"),
                Instant.parse("2024-10-04T04:09:13.066Z"), Instant.parse("2024-01-17T11:33:21.196Z"));
    }

    @Test
    void refusedCredentialsStopTheirAccountForTheRunKeepItsCursorsAndTheOtherAccountGoesOn() {
        checkpoints.put(FindingCursors.STREAM, "inspector2/audit/us-east-1", "2024-06-01T00:00:00Z");

        List<FindingApiRun> runs = run(FIRST_RUN, settings(5, Set.of()), List.of(AUDIT, PROD));

        assertThat(runs).hasSize(1 + 3);
        FindingApiRun audit = runs.get(0);
        assertThat(audit.target()).isEqualTo(AUDIT);
        assertThat(audit.credentialsRefused()).isTrue();
        assertThat(audit.problem()).isEqualTo("findings API inspector2 in AWS account 'audit' region us-east-1:"
                + " ExpiredTokenException: The security token included in the request is expired (HTTP 403);"
                + " the account's credentials were refused: refresh them (the profile, or the role the account assumes"
                + " and its trust policy); every source of audit/us-east-1 stops for this run, their cursors are kept");
        assertThat(audit.cursor()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        // one refused call (not retried), and no call of the other sources with those credentials
        assertThat(services.requests()).filteredOn(request -> request.accessKey().equals(AUDIT_KEY))
                .extracting(LocalFindingServices.Request::service).containsExactly("inspector2");
        assertThat(runs.subList(1, 4)).allSatisfy(run -> {
            assertThat(run.target()).isEqualTo(PROD);
            assertThat(run.succeeded()).isTrue();
        });
        assertThat(checkpoints.positions(FindingCursors.STREAM))
                .containsEntry("inspector2/audit/us-east-1", "2024-06-01T00:00:00Z")
                .doesNotContainKeys("guardduty/audit/us-east-1", "securityhub/audit/us-east-1")
                .containsKeys("inspector2/prod/us-east-1", "guardduty/prod/us-east-1", "securityhub/prod/us-east-1");
    }

    @Test
    void documentsTheStoreDidNotTakeLeaveTheCursorAndAreReadAgainNextRun() {
        sink.failing(true);

        FindingApiRun failed = run(FIRST_RUN, settings(5, Set.of(FindingSource.INSPECTOR)), List.of(PROD)).get(0);

        assertThat(failed.problem()).isEqualTo("findings API inspector2 in AWS account 'prod' region us-east-1:"
                + " documents were not stored (the engine is unavailable); the next run reads them again from its cursor");
        assertThat(failed.cursor()).isNull();
        assertThat(checkpoints.positions(FindingCursors.STREAM)).isEmpty();

        sink.failing(false);
        FindingApiRun next = run(FIRST_RUN.plus(Duration.ofHours(1)), settings(5, Set.of(FindingSource.INSPECTOR)),
                List.of(PROD)).get(0);

        assertThat(next.problem()).isNull();
        assertThat(next.findings()).isEqualTo(8);
        assertThat(next.indexed()).isEqualTo(16);
        assertThat(next.since()).isEqualTo(failed.since().plus(Duration.ofHours(1)));
        assertThat(checkpoints.get(FindingCursors.STREAM, "inspector2/prod/us-east-1")).contains("2024-07-31T15:59:32Z");
    }

    @Test
    void aCallStillThrottledAfterItsAttemptsStopsThatSourceWithItsCursorKept() {
        services.throttleOnce(request -> request.service().equals("inspector2"));

        FindingApiRun run = run(FIRST_RUN, settings(1, Set.of(FindingSource.INSPECTOR)), List.of(PROD)).get(0);

        assertThat(run.problem()).isEqualTo("findings API inspector2 in AWS account 'prod' region us-east-1:"
                + " ThrottlingException: Rate exceeded (HTTP 400); the next run resumes from its cursor (throttled and"
                + " failed calls are tried up to 1 time)");
        assertThat(run.credentialsRefused()).isFalse();
        assertThat(run.pages()).isZero();
        assertThat(checkpoints.positions(FindingCursors.STREAM)).isEmpty();
    }

    @Test
    void theScheduleRunsAtOnceAndThenAfterEachInterval() throws InterruptedException {
        // on the machine's clock: a lookback that reaches the fixtures' 2024 whenever this runs
        FindingApiSettings often = new FindingApiSettings(Duration.ofMillis(200), Duration.ofDays(50 * 365), OVERLAP, 5,
                Set.of(FindingSource.INSPECTOR));
        try (FindingApiCollector collector = collector(often, List.of(PROD), Clock.systemUTC())) {
            collector.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (firstPageRequests("inspector2") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(firstPageRequests("inspector2")).isGreaterThanOrEqualTo(2);
        }
        assertThat(checkpoints.get(FindingCursors.STREAM, "inspector2/prod/us-east-1")).contains("2024-07-31T15:59:32Z");
        assertThat(documents(InspectorDataset.NAME)).hasSize(8);
    }

    private List<FindingApiRun> run(Instant now, FindingApiSettings settings, List<FindingApiTarget> targets) {
        try (FindingApiCollector collector = collector(settings, targets, Clock.fixed(now, ZoneOffset.UTC))) {
            return collector.runOnce();
        }
    }

    private FindingApiCollector collector(FindingApiSettings settings, List<FindingApiTarget> targets, Clock clock) {
        Map<String, AccountClientSetup> accounts = Map.of(
                "prod", new LocalAccount(PROD_KEY, services.endpoint()),
                "audit", new LocalAccount(AUDIT_KEY, services.endpoint()));
        return new FindingApiCollector(settings, targets, accounts::get, new Pipeline(List.of(), sink, clock),
                datasets(), checkpoints, clock);
    }

    /** Requests of a run's first page: one per run. */
    private static long firstPageRequests(String service) {
        return services.requests(service).stream().filter(request -> !request.body().has("nextToken")).count();
    }

    private static FindingApiSettings settings(int maxAttempts, Set<FindingSource> sources) {
        return new FindingApiSettings(Duration.ofMinutes(5), LOOKBACK, OVERLAP, maxAttempts, sources);
    }

    /** The three findings datasets, each keeping what its decoder read (the pages as ingested). */
    private DatasetRegistry datasets() {
        DatasetRegistry registry = new DatasetRegistry();
        for (Dataset dataset : List.of(InspectorDataset.create(), GuardDutyDataset.create(), SecurityHubDataset.create())) {
            registry.register(new Dataset(dataset.name(), dataset.index(), (input, origin, handler) -> {
                byte[] page = input.readAllBytes();
                pagesRead.put(origin.input(), JSON.readTree(page));
                dataset.decoder().decode(new ByteArrayInputStream(page), origin, handler);
            }, dataset.normalizer()));
        }
        return registry;
    }

    /** Each page held the service's own output: its findings in the wire form the service sent them. */
    private void assertPagesAreTheServedFindings(String service, String envelope, String idMember) {
        Map<String, JsonNode> sent = served.get(service).stream()
                .collect(Collectors.toMap(finding -> finding.get(idMember).asText(), finding -> finding));
        List<JsonNode> read = new ArrayList<>();
        pagesRead.forEach((location, page) -> {
            if (location.startsWith("api:" + service + ":")) {
                assertThat(page.size()).as("members of %s", location).isEqualTo(1);
                page.get(envelope).forEach(read::add);
            }
        });
        assertThat(read).extracting(finding -> finding.get(idMember).asText())
                .containsExactlyInAnyOrderElementsOf(sent.keySet());
        // numbers compare by value: 1722441572.000 is 1722441572
        Comparator<JsonNode> sameValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        for (JsonNode finding : read) {
            JsonNode wire = sent.get(finding.get(idMember).asText());
            assertThat(wire.equals(sameValue, finding)).as("read %s%nsent %s", finding, wire).isTrue();
        }
    }

    /** The documents of a dataset: the finding events of the one that reported them, or the latest states. */
    /** The documents of a dataset: the finding events of the one that reported them, or the latest states. */
    static void diff(String path, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(); a.fieldNames().forEachRemaining(names::add); b.fieldNames().forEachRemaining(names::add);
            for (String n : names) { if (!a.has(n) || !b.has(n)) System.out.println("DIFF " + path + "/" + n + " served=" + a.get(n) + " read=" + b.get(n)); else diff(path + "/" + n, a.get(n), b.get(n)); }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) diff(path + "/" + i, a.get(i), b.get(i));
        } else if (a.isNumber() && b.isNumber()) { if (a.decimalValue().compareTo(b.decimalValue()) != 0) System.out.println("DIFF " + path + " served=" + a + " read=" + b); }
        else if (!a.equals(b)) System.out.println("DIFF " + path + " served=" + a + " read=" + b);
    }

    private List<Document> documents(String dataset) {
        return sink.documents().values().stream().filter(document -> document.dataset().equals(dataset)).toList();
    }

    /** The finding event of one native finding, reported by the dataset. */
    private JsonNode event(String dataset, String nativeId) {
        List<Document> events = documents(dataset).stream()
                .filter(event -> event.source().at("/finding/id").asText().equals(nativeId)).toList();
        assertThat(events).as("events of %s reported by %s", nativeId, dataset).hasSize(1);
        return events.get(0).source();
    }

    private List<String> findingIds(String dataset) {
        return documents(dataset).stream().map(event -> event.source().at("/finding/id").asText()).toList();
    }

    private static List<String> servedIds(String service, String member) {
        return served.get(service).stream().map(finding -> finding.get(member).asText()).collect(Collectors.toList());
    }

    private static List<JsonNode> findings(String fixture, String envelope) throws IOException {
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(SharedFixtures.bytes(fixture)).get(envelope).forEach(findings::add);
        return findings;
    }

    private static List<ObjectNode> wire(List<JsonNode> shown, SdkPojo shape) {
        return shown.stream().map(finding -> WireForm.of(finding, shape)).toList();
    }
}
