package io.vigil.sources.cloudtrail;

import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.core.pipeline.RecordHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Decode + normalize throughput on one thread, from gzip bytes as CloudTrail delivers them to S3.
 * Generates realistic records in memory (assumed roles, IAM users, services, console sign-ins,
 * errors, request and response payloads, resources), gzips them once as log files of
 * {@value #RECORDS_PER_FILE} records, warms up, then times full passes and reports the median.
 * The garbage collector matters on small machines: on 2 cores the parallel collector
 * ({@code -XX:+UseParallelGC}) gave about a fifth more than G1.
 *
 * <p>Run: {@code java -cp <vigil-sources, vigil-core and Jackson jars> io.vigil.sources.cloudtrail.CloudTrailParseBenchmark [events]}
 */
public final class CloudTrailParseBenchmark {

    static final int RECORDS_PER_FILE = 1_000;
    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;

    /** Figures of one run: events per second and uncompressed megabytes (10^6 bytes) per second. */
    public record Result(long events, double eventsPerSecond, double megabytesPerSecond, long jsonBytes, long gzipBytes) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "CloudTrail decode+normalize, 1 thread, from gzip: %,d events (%,.1f MB JSON, %,.1f MB gzip): "
                            + "%,.0f events/s, %,.1f MB/s of JSON (median of %d passes; Java %s, %s, %d CPUs)",
                    events, jsonBytes / 1e6, gzipBytes / 1e6, eventsPerSecond, megabytesPerSecond, MEASURED_PASSES,
                    Runtime.version().feature(), collectors(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + "));
    }

    private CloudTrailParseBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.println(run(events));
    }

    public static Result run(int events) {
        long jsonBytes = 0;
        long gzipBytes = 0;
        List<byte[]> files = new ArrayList<>();
        RecordGenerator generator = new RecordGenerator(new Random(42));
        for (int start = 0; start < events; start += RECORDS_PER_FILE) {
            byte[] json = generator.logFile(Math.min(RECORDS_PER_FILE, events - start));
            byte[] gzip = gzip(json);
            jsonBytes += json.length;
            gzipBytes += gzip.length;
            files.add(gzip);
        }
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(files, events);
        }
        long[] nanos = new long[MEASURED_PASSES];
        for (int i = 0; i < MEASURED_PASSES; i++) {
            long start = System.nanoTime();
            pass(files, events);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double seconds = nanos[MEASURED_PASSES / 2] / 1e9;
        return new Result(events, events / seconds, jsonBytes / 1e6 / seconds, jsonBytes, gzipBytes);
    }

    private static void pass(List<byte[]> files, int expected) {
        CloudTrailDecoder decoder = new CloudTrailDecoder();
        CloudTrailNormalizer normalizer = new CloudTrailNormalizer();
        Counter counter = new Counter(normalizer);
        try {
            for (int i = 0; i < files.size(); i++) {
                decoder.decode(new ByteArrayInputStream(files.get(i)), SourceLocation.whole("bench-" + i + ".json.gz"), counter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counter.documents != expected || counter.failures != 0) {
            throw new IllegalStateException("benchmark read " + counter.documents + " of " + expected
                    + " documents with " + counter.failures + " failures");
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Normalizes every record as it is decoded and counts the documents. */
    private static final class Counter implements RecordHandler, Consumer<Document> {
        private final CloudTrailNormalizer normalizer;
        private long documents;
        private long failures;

        Counter(CloudTrailNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        @Override
        public void record(RawRecord record) {
            try {
                normalizer.normalize(record, this);
            } catch (BadRecordException e) {
                failures++;
            }
        }

        @Override
        public void malformed(SourceLocation location, String raw, String reason) {
            failures++;
        }

        @Override
        public void accept(Document document) {
            documents++;
        }
    }

    /** Records shaped like a busy account's trail: mostly assumed-role API calls, some sign-ins and errors. */
    private static final class RecordGenerator {
        private static final String[][] CALLS = {
                {"ec2.amazonaws.com", "DescribeInstances", "true"},
                {"s3.amazonaws.com", "GetObject", "true"},
                {"s3.amazonaws.com", "PutObject", "false"},
                {"sts.amazonaws.com", "AssumeRole", "true"},
                {"kms.amazonaws.com", "Decrypt", "true"},
                {"iam.amazonaws.com", "CreateUser", "false"},
                {"lambda.amazonaws.com", "Invoke", "false"},
                {"logs.amazonaws.com", "CreateLogStream", "false"},
                {"ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "false"},
                {"signin.amazonaws.com", "ConsoleLogin", "false"},
        };
        private static final String[] AGENTS = {
                "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 prompt/off command/ec2.describe-instances",
                "aws-sdk-java/2.25.6 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. md/io#sync",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                "config.amazonaws.com",
                "Boto3/1.34.64 md/Botocore#1.34.64 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.12.2 cfg/retry-mode#legacy",
        };
        private static final String[] REGIONS = {"eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"};

        private final Random random;
        private long sequence;
        private final Instant start = Instant.parse("2026-11-02T00:00:00Z");

        RecordGenerator(Random random) {
            this.random = random;
        }

        byte[] logFile(int records) {
            StringBuilder text = new StringBuilder(records * 1_400).append("{\"Records\":[");
            for (int i = 0; i < records; i++) {
                text.append(i > 0 ? "," : "");
                appendRecord(text);
            }
            return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        }

        private void appendRecord(StringBuilder out) {
            long n = sequence++;
            String[] call = CALLS[random.nextInt(CALLS.length)];
            String account = "1111222233" + (10 + random.nextInt(5));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            boolean service = random.nextInt(10) == 0;
            boolean error = random.nextInt(20) == 0;
            String ip = service ? "config.amazonaws.com"
                    : random.nextInt(4) == 0 ? "2001:db8:" + Integer.toHexString(random.nextInt(65536)) + "::" + (1 + random.nextInt(200))
                    : (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            out.append("{\"eventVersion\":\"1.09\",\"userIdentity\":");
            if (call[1].equals("ConsoleLogin")) {
                out.append("{\"type\":\"IAMUser\",\"principalId\":\"AIDA").append(n % 97).append("EXAMPLE\",\"arn\":\"arn:aws:iam::")
                        .append(account).append(":user/user").append(n % 97).append("\",\"accountId\":\"").append(account)
                        .append("\",\"userName\":\"user").append(n % 97).append("\"}");
            } else {
                out.append("{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE").append(n % 13).append(":session-").append(n % 211)
                        .append("\",\"arn\":\"arn:aws:sts::").append(account).append(":assumed-role/Role").append(n % 13)
                        .append("/session-").append(n % 211).append("\",\"accountId\":\"").append(account)
                        .append("\",\"accessKeyId\":\"ASIAEXAMPLE").append(n % 1000)
                        .append("\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROAEXAMPLE")
                        .append(n % 13).append("\",\"arn\":\"arn:aws:iam::").append(account).append(":role/Role").append(n % 13)
                        .append("\",\"accountId\":\"").append(account).append("\",\"userName\":\"Role").append(n % 13)
                        .append("\"},\"attributes\":{\"creationDate\":\"2026-11-01T23:10:00Z\",\"mfaAuthenticated\":\"")
                        .append(random.nextBoolean()).append("\"}}");
                if (service) {
                    out.append(",\"invokedBy\":\"config.amazonaws.com\"");
                }
                out.append('}');
            }
            out.append(",\"eventTime\":\"").append(start.plusSeconds(n / 25)).append("\",\"eventSource\":\"").append(call[0])
                    .append("\",\"eventName\":\"").append(call[1]).append("\",\"awsRegion\":\"").append(region)
                    .append("\",\"sourceIPAddress\":\"").append(ip).append("\",\"userAgent\":\"")
                    .append(AGENTS[random.nextInt(AGENTS.length)]).append('"');
            if (error) {
                out.append(",\"errorCode\":\"AccessDenied\",\"errorMessage\":\"User: arn:aws:sts::").append(account)
                        .append(":assumed-role/Role1/session is not authorized to perform: ").append(call[1]).append('"');
            }
            if (call[1].equals("ConsoleLogin")) {
                out.append(",\"requestParameters\":null,\"responseElements\":{\"ConsoleLogin\":\"")
                        .append(error ? "Failure" : "Success").append("\"},\"additionalEventData\":{\"LoginTo\":")
                        .append("\"https://console.aws.amazon.com/console/home\",\"MobileVersion\":\"No\",\"MFAUsed\":\"")
                        .append(random.nextBoolean() ? "Yes" : "No").append("\"}");
            } else {
                out.append(",\"requestParameters\":{\"bucketName\":\"bucket-").append(n % 17).append("\",\"key\":\"data/")
                        .append(n).append(".json\",\"instancesSet\":{\"items\":[{\"instanceId\":\"i-0abc").append(n % 500)
                        .append("\"}]},\"filterSet\":{}}");
                out.append(",\"responseElements\":").append(error ? "null" : "{\"x-amz-server-side-encryption\":\"AES256\"}");
                out.append(",\"additionalEventData\":{\"SignatureVersion\":\"SigV4\",\"CipherSuite\":\"TLS_AES_128_GCM_SHA256\","
                        + "\"bytesTransferredIn\":0,\"AuthenticationMethod\":\"AuthHeader\",\"x-amz-id-2\":\"abc\"}");
            }
            out.append(",\"requestID\":\"").append(Long.toHexString(random.nextLong())).append("\",\"eventID\":\"")
                    .append(new java.util.UUID(random.nextLong(), n)).append("\",\"readOnly\":").append(call[2]);
            if (call[0].equals("s3.amazonaws.com")) {
                out.append(",\"resources\":[{\"type\":\"AWS::S3::Object\",\"ARN\":\"arn:aws:s3:::bucket-").append(n % 17)
                        .append("/data/").append(n).append(".json\"},{\"accountId\":\"").append(account)
                        .append("\",\"type\":\"AWS::S3::Bucket\",\"ARN\":\"arn:aws:s3:::bucket-").append(n % 17).append("\"}]");
            }
            out.append(",\"eventType\":\"").append(call[1].equals("ConsoleLogin") ? "AwsConsoleSignIn" : "AwsApiCall")
                    .append("\",\"managementEvent\":true,\"recipientAccountId\":\"").append(account)
                    .append("\",\"eventCategory\":\"Management\",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",")
                    .append("\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\",\"clientProvidedHostHeader\":\"")
                    .append(call[0].replace(".amazonaws.com", "")).append('.').append(region).append(".amazonaws.com\"}}");
        }
    }
}
