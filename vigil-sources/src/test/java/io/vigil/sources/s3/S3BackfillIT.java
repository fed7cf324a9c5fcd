package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import io.vigil.sources.aws.RecordingSink;
import io.vigil.sources.aws.TrailFiles;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code vigil ingest cloudtrail s3://...} against an S3-compatible server, with the real SDK client. */
class S3BackfillIT {

    private static final String BUCKET = "vigil-trail";
    private static final String ACCOUNT = "111122223333";
    private static final String ORGANIZATION = "o-a1b2c3d4e5";
    private static final String MEMBER = "444455556666";
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);
    private static final LocalDate MAY_4 = LocalDate.of(2024, 5, 4);
    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final String CORRUPT = TrailFiles.key("", null, ACCOUNT, "us-east-1", MAY_4, "corrupt");

    private static LocalS3 server;
    private static AwsClients aws;
    private static S3Client s3;

    private RecordingSink sink;
    private Pipeline pipeline;
    private final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void layOutTrail() throws Exception {
        server = LocalS3.start();
        aws = AwsClients.defaultChain();
        s3 = aws.s3(null);
        s3.createBucket(request -> request.bucket(BUCKET));
        put(TrailFiles.key("", null, ACCOUNT, "us-east-1", MAY_1, "a1"), TrailFiles.logFile(ACCOUNT, "us-east-1", MAY_1, "a1", 3));
        put(TrailFiles.key("", null, ACCOUNT, "us-east-1", MAY_2, "a2"), TrailFiles.logFile(ACCOUNT, "us-east-1", MAY_2, "a2", 2));
        put(TrailFiles.key("", null, ACCOUNT, "eu-west-1", MAY_3, "a3"), TrailFiles.logFile(ACCOUNT, "eu-west-1", MAY_3, "a3", 4));
        put(TrailFiles.key("", ORGANIZATION, MEMBER, "us-east-1", MAY_2, "org"),
                TrailFiles.logFile(MEMBER, "us-east-1", MAY_2, "org", 2));
        put(TrailFiles.key("trails/prod/", null, ACCOUNT, "us-east-1", JUNE_1, "p1"),
                TrailFiles.logFile(ACCOUNT, "us-east-1", JUNE_1, "p1", 2));
        // a gzip file cut off after its header: no record can be read from it
        put(CORRUPT, Arrays.copyOf(TrailFiles.logFile(ACCOUNT, "us-east-1", MAY_4, "corrupt", 3), 20));
        put("AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/us-east-1/2024/05/01/" + ACCOUNT
                + "_CloudTrail-Digest_us-east-1_management_us-east-1_20240501T101500Z.json.gz",
                TrailFiles.gzip("{\"awsAccountId\":\"111122223333\",\"logFiles\":[]}".getBytes(StandardCharsets.UTF_8)));
        put("AWSLogs/" + ACCOUNT + "/vpcflowlogs/us-east-1/2024/05/01/" + ACCOUNT
                + "_vpcflowlogs_us-east-1_fl-0a1b2c3d_20240501T1015Z_5e6f.log.gz",
                TrailFiles.gzip("version account-id interface-id\n".getBytes(StandardCharsets.UTF_8)));
        put("README.txt", "trail bucket of the test account\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
        server.close();
    }

    @BeforeEach
    void newSink() {
        sink = new RecordingSink();
        pipeline = new Pipeline(List.of(), sink, Clock.systemUTC());
    }

    @AfterEach
    void closeSink() {
        sink.close();
    }

    @Test
    void readsEveryLogFileOfTheBucketIncludingOrganizationTrailsAndSkipsDigestsAndOtherServices() throws Exception {
        BackfillSummary summary = backfill("s3://" + BUCKET + "/", null, null, 4);

        // README.txt is skipped; the digest and VPC flow log folders are not even listed
        assertThat(summary).isEqualTo(new BackfillSummary(6, 0, 1));
        assertThat(problems).isEmpty();
        assertThat(reports).hasSize(6);
        assertThat(sink.documents()).hasSize(3 + 2 + 4 + 2 + 2);
        assertThat(sink.documents()).containsKeys(TrailFiles.eventId("a1", 0), TrailFiles.eventId("org", 1),
                TrailFiles.eventId("p1", 1));
        Document member = sink.documents().get(TrailFiles.eventId("org", 0));
        assertThat(member.location().input())
                .isEqualTo("s3://" + BUCKET + "/" + TrailFiles.key("", ORGANIZATION, MEMBER, "us-east-1", MAY_2, "org"));
        assertThat(member.source().path("cloud").path("account").path("id").asText()).isEqualTo(MEMBER);
        // the corrupt object is dead-lettered, with where it came from; the others are indexed
        assertThat(sink.deadLetters().values()).singleElement()
                .extracting(letter -> letter.location().input()).isEqualTo("s3://" + BUCKET + "/" + CORRUPT);
        assertThat(reports).filteredOn(report -> report.origin().input().endsWith(CORRUPT))
                .singleElement().extracting(DeliveryReport::deadLettered).isEqualTo(1L);
    }

    @Test
    void aDateRangeListsOnlyItsDays() throws Exception {
        BackfillSummary summary = backfill("s3://" + BUCKET + "/", MAY_2, MAY_2, 2);

        // only README.txt at the top was seen and skipped: no other day's folder was listed
        assertThat(summary).isEqualTo(new BackfillSummary(2, 0, 1));
        assertThat(sink.documents()).containsOnlyKeys(TrailFiles.eventId("a2", 0), TrailFiles.eventId("a2", 1),
                TrailFiles.eventId("org", 0), TrailFiles.eventId("org", 1));
    }

    @Test
    void openEndedRanges() throws Exception {
        assertThat(backfill("s3://" + BUCKET + "/", MAY_3, null, 2).objects()).isEqualTo(3); // a3, corrupt, p1
        assertThat(reports).extracting(report -> report.origin().input())
                .anyMatch(input -> input.contains("_a3.json.gz"))
                .anyMatch(input -> input.contains("_p1.json.gz"));
        reports.clear();
        assertThat(backfill("s3://" + BUCKET + "/", null, MAY_1, 2).objects()).isEqualTo(1);
        assertThat(reports).singleElement().extracting(DeliveryReport::indexed).isEqualTo(3L);
    }

    @Test
    void aPrefixNarrowsTheListing() throws Exception {
        assertThat(backfill("s3://" + BUCKET + "/AWSLogs/" + ORGANIZATION + "/", null, null, 2))
                .isEqualTo(new BackfillSummary(1, 0, 0));
        assertThat(sink.documents()).containsOnlyKeys(TrailFiles.eventId("org", 0), TrailFiles.eventId("org", 1));

        assertThat(backfill("s3://" + BUCKET + "/trails/prod", null, null, 2)).isEqualTo(new BackfillSummary(1, 0, 0));
        assertThat(sink.documents()).containsKeys(TrailFiles.eventId("p1", 0));
    }

    @Test
    void readingTwiceAddsNothing() throws Exception {
        backfill("s3://" + BUCKET + "/AWSLogs/" + ACCOUNT + "/CloudTrail/", null, null, 3);
        reports.clear();

        backfill("s3://" + BUCKET + "/AWSLogs/" + ACCOUNT + "/CloudTrail/", null, null, 3);

        assertThat(reports).allSatisfy(report -> assertThat(report.indexed()).isZero());
        assertThat(reports.stream().mapToLong(DeliveryReport::alreadyPresent).sum()).isEqualTo(3 + 2 + 4);
    }

    @Test
    void anObjectWhoseDocumentsAreNotStoredIsReportedAndTheOthersGoOn() throws Exception {
        sink.refuse(document -> document.location().input().contains("_a3.json.gz"));

        BackfillSummary summary = backfill("s3://" + BUCKET + "/AWSLogs/" + ACCOUNT + "/CloudTrail/", null, null, 2);

        assertThat(summary).isEqualTo(new BackfillSummary(4, 1, 0));
        assertThat(problems).singleElement().asString()
                .contains("_a3.json.gz").contains("its documents were not stored").contains("the engine is unavailable");
        assertThat(sink.documents()).hasSize(3 + 2);
    }

    @Test
    void readsAtMostConcurrencyObjectsAtOnce() throws Exception {
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Dataset cloudtrail = CloudTrailDataset.create();
        RecordDecoder slow = (input, origin, handler) -> {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
                cloudtrail.decoder().decode(input, origin, handler);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                reading.decrementAndGet();
            }
        };
        Dataset watched = new Dataset(cloudtrail.name(), cloudtrail.index(), slow, cloudtrail.normalizer());

        BackfillSummary summary = new S3Backfill(s3, pipeline, watched, AwsLogsLayout.CLOUDTRAIL, 2)
                .run(S3Uri.parse("s3://" + BUCKET + "/"), null, null, reports::add, problems::add)
                .get(60, TimeUnit.SECONDS);

        assertThat(summary.objects()).isEqualTo(6);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aBucketThatCannotBeListedFailsTheBackfillWithTheReason() {
        CompletableFuture<BackfillSummary> run = new S3Backfill(s3, pipeline, CloudTrailDataset.create(),
                AwsLogsLayout.CLOUDTRAIL, 2).run(S3Uri.parse("s3://no-such-bucket-here/"), null, null, reports::add,
                problems::add);

        assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("s3://no-such-bucket-here/ cannot be listed")
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    void aMissingObjectFailsWithTheObjectAndTheCause() {
        S3Uri missing = S3Uri.parse("s3://" + BUCKET + "/AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/2024/05/09/gone.json.gz");

        CompletableFuture<DeliveryReport> read = new S3ObjectIngest(s3, pipeline, CloudTrailDataset.create()).ingest(missing);

        assertThatThrownBy(() -> read.get(60, TimeUnit.SECONDS))
                .cause().isInstanceOf(ObjectReadException.class)
                .hasMessageStartingWith(missing + ": cannot be read: NoSuchKey");
        assertThat(sink.deadLetters()).isEmpty();
    }

    @Test
    void aRealCloudTrailLogFileIsReadFromS3() throws Exception {
        String root = System.getProperty("vigil.fixtures");
        Path fixture = root == null ? null
                : Path.of(root, "cloudtrail", "trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json.gz");
        Assumptions.assumeTrue(fixture != null && Files.isRegularFile(fixture),
                "the shared CloudTrail fixtures (system property vigil.fixtures) are not here");
        byte[] content = Files.readAllBytes(fixture);
        String key = "AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/" + fixture.getFileName();
        s3.createBucket(request -> request.bucket("vigil-fixture-trail"));
        LocalS3.upload(s3, "vigil-fixture-trail", key, content);

        BackfillSummary summary = backfill("s3://vigil-fixture-trail/", LocalDate.of(2017, 12, 11), null, 1);

        assertThat(summary).isEqualTo(new BackfillSummary(1, 0, 0));
        assertThat(sink.documents().keySet()).containsExactlyInAnyOrderElementsOf(eventIds(content));
        assertThat(sink.deadLetters()).isEmpty();
    }

    private BackfillSummary backfill(String location, LocalDate since, LocalDate until, int concurrency)
            throws Exception {
        return new S3Backfill(s3, pipeline, CloudTrailDataset.create(), AwsLogsLayout.CLOUDTRAIL, concurrency)
                .run(S3Uri.parse(location), since, until, reports::add, problems::add)
                .get(60, TimeUnit.SECONDS);
    }

    private static List<String> eventIds(byte[] gzip) throws Exception {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            List<String> ids = new java.util.ArrayList<>();
            new ObjectMapper().readTree(in).path("Records").forEach(record -> ids.add(record.path("eventID").asText()));
            return ids;
        }
    }

    private static void put(String key, byte[] content) {
        LocalS3.upload(s3, BUCKET, key, content);
    }
}
