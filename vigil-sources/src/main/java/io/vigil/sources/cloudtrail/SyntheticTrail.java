package io.vigil.sources.cloudtrail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * CloudTrail records shaped like a busy account's trail (mostly assumed-role API calls, some
 * sign-ins and errors, about 1.45 KB each), for benchmarks. The same seed gives the same records;
 * event times advance one second every 25 records from 2026-11-02.
 */
public final class SyntheticTrail {

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

    public SyntheticTrail(Random random) {
        this.random = random;
    }

    /** One log file of the given number of records, as CloudTrail writes it (before gzip). */
    public byte[] logFile(int records) {
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
