package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.Ingested;
import io.vigil.sources.SharedFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fields the decoder hands over give the same documents as the record's text parsed again. */
class DecodedRecordsTest {

    private final CloudTrailNormalizer normalizer = new CloudTrailNormalizer();

    @Test
    void everyFixtureGivesTheSameDocumentsEitherWay() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SharedFixtures.path("cloudtrail"))) {
            files = listed.sorted().toList();
        }
        int handedOver = 0;
        for (Path file : files) {
            handedOver += compare(Files.readAllBytes(file), file.getFileName().toString());
        }
        assertThat(handedOver).isPositive();
    }

    @Test
    void syntheticLogFilesAreHandedOverWhole() throws IOException {
        byte[] logFile = new SyntheticTrail(new Random(7)).logFile(500);
        assertThat(compare(CloudTrailDecoderTest.gzip(logFile), "synthetic.json.gz")).isEqualTo(500);
    }

    @Test
    void textThatIsNotValidUtf8IsParsedFromTheText() throws IOException {
        String[] around = CloudTrailDecoderTest.record("e-1", "2026-11-02T08:00:00Z").split("aws-cli/2");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8("{\"Records\":[" + around[0]));
        file.writeBytes(new byte[] {(byte) 0xc0, (byte) 0x80}); // an overlong NUL: Jackson reads it, Java replaces it
        file.writeBytes(utf8(around[1] + "," + around[0] + "\uFFFD" + around[1] + "]}"));
        assertThat(compare(file.toByteArray(), "overlong.json")).isZero();
    }

    @Test
    void resourcesAndTlsDetailsReadNumbersAsTheirValues() throws IOException {
        String record = CloudTrailDecoderTest.record("e-1", "2026-11-02T08:00:00Z").replace("\"readOnly\":false",
                "\"resources\":[{\"ARN\":\"arn:aws:s3:::a\",\"type\":12,\"accountId\":1.50},\"x\",{\"arn\":\"arn:aws:s3:::b\","
                        + "\"ARN\":null},[]],\"tlsDetails\":{\"tlsVersion\":1.30,\"cipherSuite\":true,\"clientProvidedHostHeader\":{}}");
        Ingested ingested = Ingested.of(CloudTrailDataset.create(), utf8("{\"Records\":[" + record + "]}"), "numbers.json");
        Document doc = ingested.single();
        assertThat(Ingested.node(doc, "aws.cloudtrail.resources.arn")).hasToString("[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"]");
        assertThat(Ingested.node(doc, "aws.cloudtrail.resources.type")).hasToString("[\"12\"]");
        assertThat(Ingested.node(doc, "aws.cloudtrail.resources.account_id")).hasToString("[\"1.5\"]");
        assertThat(Ingested.node(doc, "aws.cloudtrail.tls_details")).hasToString("{\"tls_version\":\"1.3\",\"cipher_suite\":\"true\"}");
    }

    /** Decodes the input and normalizes every record both ways; the number of records whose fields were handed over. */
    private int compare(byte[] input, String name) throws IOException {
        List<String> differences = new ArrayList<>();
        int[] handedOver = {0};
        new CloudTrailDecoder().decode(new ByteArrayInputStream(input), SourceLocation.whole(name), new RecordHandler() {
            @Override
            public void record(RawRecord record) {
                CloudTrailRecord fields = DecodedRecords.take(record.text());
                if (fields != null) {
                    handedOver[0]++;
                    DecodedRecords.offer(record.text(), fields);
                }
                String direct = outcome(record);
                String parsed = outcome(new RawRecord(record.location(), new String(record.text())));
                if (!direct.equals(parsed)) {
                    differences.add(record.location() + ":\n  " + direct + "\n  " + parsed);
                }
            }

            @Override
            public void malformed(SourceLocation location, String raw, String reason) {
            }
        });
        assertThat(differences).isEmpty();
        return handedOver[0];
    }

    private String outcome(RawRecord record) {
        List<Document> documents = new ArrayList<>();
        try {
            normalizer.normalize(record, documents::add);
        } catch (BadRecordException e) {
            return "refused: " + e.getMessage();
        }
        return documents.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
