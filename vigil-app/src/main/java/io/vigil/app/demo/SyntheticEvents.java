package io.vigil.app.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * CloudTrail-shaped ECS events (about 1.2 KB and 40+ fields each) as NDJSON, generated lazily from a
 * seed: the same seed, start and count give the same lines, so re-running the demo or a benchmark
 * re-sends the same events (and ids). Used by {@code vigil bench ingest} (the demo loads raw data in the
 * services' own formats instead: {@link DemoDataset}).
 */
public final class SyntheticEvents {

    private static final String[] ACTIONS = {"GetObject", "PutObject", "DescribeInstances", "AssumeRole",
            "ConsoleLogin", "ListBuckets", "CreateAccessKey", "DeleteBucket", "RunInstances", "GetCallerIdentity"};
    private static final String[] PROVIDERS = {"s3.amazonaws.com", "s3.amazonaws.com", "ec2.amazonaws.com",
            "sts.amazonaws.com", "signin.amazonaws.com", "s3.amazonaws.com", "iam.amazonaws.com",
            "s3.amazonaws.com", "ec2.amazonaws.com", "sts.amazonaws.com"};
    private static final String[] USERS = {"alice", "bob", "carol", "deploy-bot", "dave", "erin", "ci-runner"};
    private static final String[] ACCOUNTS = {"111122223333", "444455556666", "777788889999"};
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "eu-central-1"};
    private static final String[] HOSTS = {"web-1", "web-2", "api-1", "bastion", "worker-3"};
    private static final String[] AGENTS = {
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.amzn.2023",
            "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0 Safari/537.36",
            "Boto3/1.34.90 md/Botocore#1.34.90 os/linux#6.1.0",
            "aws-sdk-java/2.25.40 Linux/6.1.0 Java/17.0.10"};

    private final long seed;
    private final Instant start;
    private final Duration span;
    private final JsonFactory json = new JsonFactory();

    /** Events spread over {@code span} from {@code start}. */
    public SyntheticEvents(long seed, Instant start, Duration span) {
        this.seed = seed;
        this.start = start;
        this.span = span;
    }

    /** Events {@code first} to {@code first + count - 1} as an NDJSON stream, generated while read. */
    public InputStream ndjson(long first, long count) {
        return new InputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(1600);
            private byte[] current = new byte[0];
            private int position;
            private long next = first;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position == current.length) {
                    if (next == first + count) {
                        return -1;
                    }
                    line.reset();
                    write(next++, line);
                    current = line.toByteArray();
                    position = 0;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    private void write(long index, ByteArrayOutputStream out) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int action = random.nextInt(ACTIONS.length);
        String user = USERS[random.nextInt(USERS.length)];
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        boolean denied = random.nextInt(20) == 0;
        Instant time = start.plusMillis((long) (random.nextDouble() * span.toMillis()));
        String ip = (random.nextInt(200) + 11) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (random.nextInt(254) + 1);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("@timestamp", time.toString());
            g.writeObjectFieldStart("event");
            g.writeStringField("id", String.format("%08x-%04x-4%03x-a%03x-%012x", seed, index >>> 32 & 0xffff,
                    index >>> 20 & 0xfff, index >>> 8 & 0xfff, index));
            g.writeStringField("kind", "event");
            g.writeStringField("action", ACTIONS[action]);
            g.writeStringField("provider", PROVIDERS[action]);
            g.writeStringField("outcome", denied ? "failure" : "success");
            g.writeArrayFieldStart("category");
            g.writeString(action == 4 ? "authentication" : "configuration");
            g.writeEndArray();
            g.writeArrayFieldStart("type");
            g.writeString(action == 4 ? "start" : "access");
            g.writeEndArray();
            g.writeStringField("dataset", "aws.cloudtrail");
            g.writeStringField("module", "aws");
            g.writeEndObject();
            g.writeObjectFieldStart("user");
            g.writeStringField("name", user);
            g.writeStringField("id", "AIDA" + Long.toHexString(user.hashCode() & 0xffffffffL).toUpperCase());
            g.writeEndObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("ip", ip);
            g.writeNumberField("port", 1024 + random.nextInt(60000));
            g.writeEndObject();
            g.writeObjectFieldStart("user_agent");
            g.writeStringField("original", AGENTS[random.nextInt(AGENTS.length)]);
            g.writeEndObject();
            g.writeObjectFieldStart("cloud");
            g.writeStringField("provider", "aws");
            g.writeStringField("region", region);
            g.writeObjectFieldStart("account");
            g.writeStringField("id", account);
            g.writeEndObject();
            g.writeObjectFieldStart("instance");
            g.writeStringField("id", "i-0" + Long.toHexString(random.nextLong() & 0xffffffffffffL));
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("host");
            g.writeStringField("name", HOSTS[random.nextInt(HOSTS.length)]);
            g.writeEndObject();
            if (denied) {
                g.writeObjectFieldStart("error");
                g.writeStringField("code", "AccessDenied");
                g.writeStringField("message", "User: arn:aws:iam::" + account + ":user/" + user
                        + " is not authorized to perform: " + ACTIONS[action]);
                g.writeEndObject();
            }
            g.writeStringField("message", user + " " + ACTIONS[action]);
            g.writeArrayFieldStart("tags");
            g.writeString("synthetic");
            g.writeEndArray();
            g.writeObjectFieldStart("labels");
            g.writeStringField("trail", "org-trail");
            g.writeStringField("env", "prod");
            g.writeEndObject();
            g.writeObjectFieldStart("aws");
            g.writeObjectFieldStart("cloudtrail");
            g.writeStringField("event_version", "1.09");
            g.writeStringField("event_type", "AwsApiCall");
            g.writeStringField("event_category", "Management");
            g.writeBooleanField("read_only", action % 2 == 0);
            g.writeBooleanField("management_event", true);
            g.writeStringField("recipient_account_id", account);
            g.writeStringField("request_id", Long.toHexString(random.nextLong()));
            g.writeStringField("tls_version", "TLSv1.3");
            g.writeObjectFieldStart("user_identity");
            g.writeStringField("type", user.endsWith("bot") || user.startsWith("ci") ? "AssumedRole" : "IAMUser");
            g.writeStringField("arn", "arn:aws:iam::" + account + ":user/" + user);
            g.writeStringField("access_key_id", "ASIA" + Long.toHexString(random.nextLong()).toUpperCase());
            g.writeObjectFieldStart("session_context");
            g.writeBooleanField("mfa_authenticated", random.nextBoolean());
            g.writeStringField("creation_date", time.minusSeconds(random.nextInt(3600)).toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("request_parameters", "{\"bucketName\":\"assets-" + account
                    + "\",\"key\":\"b-" + random.nextInt(10000) + ".tgz\"}");
            g.writeStringField("response_elements", denied ? "null" : "{\"x-amz-server-side-encryption\":\"AES256\"}");
            g.writeStringField("resources", "[{\"ARN\":\"arn:aws:s3:::assets-" + account + "\"}]");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
