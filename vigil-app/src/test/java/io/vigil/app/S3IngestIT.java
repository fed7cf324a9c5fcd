package io.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.aws.AwsClients;
import io.vigil.sources.aws.LocalS3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil ingest cloudtrail s3://...} end to end: a real CloudTrail log file in AWS's S3 layout on a
 * local S3-compatible server, read by the same SDK code a real account uses, into the embedded engine.
 */
class S3IngestIT {

    private static final String BUCKET = "org-trail";
    private static final String DAY = "AWSLogs/111111111111/CloudTrail/eu-central-1/2017/12/11/";

    @TempDir
    Path dir;

    private static Path fixture() {
        Path file = Path.of(System.getProperty("vigil.fixtures", "../shared/fixtures"),
                "cloudtrail", "trailscraper_111111111111_CloudTrail_eu-central-1_20171211T1505Z.json.gz");
        if (!Files.isRegularFile(file) && "true".equals(System.getenv("CI"))) {
            Assertions.fail("fixture missing: " + file);
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), "fixtures not found at " + file);
        return file;
    }

    @Test
    void backfillIndexesEveryRecordOnceAndDeadLettersACorruptObject() throws Exception {
        Path log = fixture();
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
}
