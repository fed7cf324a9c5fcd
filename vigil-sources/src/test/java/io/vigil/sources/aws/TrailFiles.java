package io.vigil.sources.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * CloudTrail log files as CloudTrail delivers them to S3: gzip JSON {@code {"Records":[...]}} under
 * {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/}, records shaped like CloudTrail's own.
 */
public final class TrailFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd");

    private TrailFiles() {
    }

    /** The key CloudTrail gives a log file, below an optional trail prefix and organization id. */
    public static String key(String prefix, String organization, String account, String region, LocalDate day,
                             String tag) {
        return prefix + "AWSLogs/" + (organization == null ? "" : organization + "/") + account + "/CloudTrail/"
                + region + "/" + FOLDER.format(day) + "/" + account + "_CloudTrail_" + region + "_"
                + STAMP.format(day) + "T1015Z_" + tag + ".json.gz";
    }

    /** A gzip log file of {@code count} DescribeInstances calls made on {@code day}; event ids derive from {@code tag}. */
    public static byte[] logFile(String account, String region, LocalDate day, String tag, int count) {
        ObjectNode file = JSON.createObjectNode();
        ArrayNode records = file.putArray("Records");
        for (int i = 0; i < count; i++) {
            records.add(record(account, region, day, eventId(tag, i), i));
        }
        return gzip(file.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String eventId(String tag, int index) {
        return UUID.nameUUIDFromBytes((tag + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ObjectNode record(String account, String region, LocalDate day, String eventId, int index) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventVersion", "1.09");
        ObjectNode identity = record.putObject("userIdentity");
        identity.put("type", "IAMUser");
        identity.put("principalId", "AIDAJ45Q7YFFAREXAMPLE");
        identity.put("arn", "arn:aws:iam::" + account + ":user/Alice");
        identity.put("accountId", account);
        identity.put("accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        identity.put("userName", "Alice");
        record.put("eventTime", day + "T10:" + String.format("%02d:%02d", index / 60 % 60, index % 60) + "Z");
        record.put("eventSource", "ec2.amazonaws.com");
        record.put("eventName", "DescribeInstances");
        record.put("awsRegion", region);
        record.put("sourceIPAddress", "198.51.100.7");
        record.put("userAgent", "aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64.amzn.2023");
        record.putObject("requestParameters").putObject("instancesSet");
        record.putNull("responseElements");
        record.put("requestID", UUID.nameUUIDFromBytes(("request/" + eventId).getBytes(StandardCharsets.UTF_8)).toString());
        record.put("eventID", eventId);
        record.put("readOnly", true);
        record.put("eventType", "AwsApiCall");
        record.put("managementEvent", true);
        record.put("recipientAccountId", account);
        record.put("eventCategory", "Management");
        ObjectNode tls = record.putObject("tlsDetails");
        tls.put("tlsVersion", "TLSv1.3");
        tls.put("cipherSuite", "TLS_AES_128_GCM_SHA256");
        tls.put("clientProvidedHostHeader", "ec2." + region + ".amazonaws.com");
        return record;
    }
}
