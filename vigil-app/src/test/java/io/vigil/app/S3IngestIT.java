package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.SharedFixtures;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil ingest cloudtrail|guardduty s3://...} end to end: real CloudTrail log files and GuardDuty
 * exports in AWS's S3 layout on a local S3-compatible server, read by the same SDK code a real account
 * uses, into the embedded engine.
 */
class S3IngestIT {

    private static final String BUCKET = "org-trail";
    private static final String DAY = "AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/";

    @TempDir
    Path dir;

    @Test
    void backfillIndexesEveryRecordOnceAndDeadLettersACorruptObject() throws Exception {
        Path log = SharedFixtures.path("cloudtrail/trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json.gz");
        try (LocalS3 s3 = LocalS3.start(); AwsClients clients = AwsClients.defaultChain()) {
            s3.createBucket(BUCKET);
            LocalS3.upload(clients.s3(null), BUCKET, DAY + "111111111111_CloudTrail_eu-central-1_20171211T1505Z_a.json.gz",
                    Files.readAllBytes(log));
            LocalS3.upload(clients.s3(null), BUCKET, DAY + "111111111111_CloudTrail_eu-central-1_20171211T1510Z_b.json.gz",
                    java.util.Arrays.copyOf(Files.readAllBytes(log), 40));
            String dataDir = dir.resolve("data").toString();

            VigilRun first = VigilRun.of("ingest", "cloudtrail", "s3://" + BUCKET + "/AWSLogs/", "--since", "2017-12-11",
                    "--data-dir", dataDir);
            // the log file holds two records; the truncated copy is one unreadable input
            assertThat(first.out()).as(first.err()).contains("indexed 2  already present 0  dead-lettered 1");
            assertThat(first.exitCode()).isEqualTo(1);

            VigilRun again = VigilRun.of("ingest", "cloudtrail", "s3://" + BUCKET + "/AWSLogs/", "--data-dir", dataDir);
            assertThat(again.out()).contains("indexed 0  already present 2");

            VigilRun outOfRange = VigilRun.of("ingest", "cloudtrail", "s3://" + BUCKET + "/AWSLogs/", "--since", "2018-01-01",
                    "--data-dir", dataDir);
            assertThat(outOfRange.out()).contains("read 0");

            VigilRun status = VigilRun.of("status", "--json", "--data-dir", dataDir);
            assertThat(new ObjectMapper().readTree(status.out()).at("/datasets/cloudtrail/documents").asLong()).isEqualTo(2);
        }
    }

    @Test
    void guardDutyExportsAreBackfilledFromTheirS3Layout() throws Exception {
        byte[] export = SharedFixtures.bytes("guardduty/elastic-integrations_test-guardduty_s3-export.log");
        try (LocalS3 s3 = LocalS3.start(); AwsClients clients = AwsClients.defaultChain()) {
            s3.createBucket("gd-exports");
            String day = "findings/AWSLogs/123412341234/GuardDuty/us-east-1/2022/11/22/";
            LocalS3.upload(clients.s3(null), "gd-exports", day + "c1f0-ab12.jsonl.gz", gzip(export));
            // another service's folder beside it is not read
            LocalS3.upload(clients.s3(null), "gd-exports", "findings/AWSLogs/123412341234/CloudTrail/us-east-1/2022/11/22/x.json.gz",
                    gzip("{\"Records\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            String dataDir = dir.resolve("data").toString();

            VigilRun run = VigilRun.of("ingest", "guardduty", "s3://gd-exports/findings/", "--since", "2022-11-01",
                    "--data-dir", dataDir);

            // five findings in the export (its last line is an empty {"findings":[]}): an event and a state each
            assertThat(run.out()).as(run.err()).contains("read 5  indexed 10  already present 0  dead-lettered 0");
            JsonNode status = new ObjectMapper().readTree(VigilRun.of("status", "--json", "--data-dir", dataDir).out());
            assertThat(status.at("/datasets/guardduty/documents").asLong()).isEqualTo(5);
            assertThat(status.at("/datasets/findings/documents").asLong()).isEqualTo(5);
        }
    }

    private static byte[] gzip(byte[] plain) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
