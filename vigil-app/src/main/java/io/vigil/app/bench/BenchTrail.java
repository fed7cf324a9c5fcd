package io.vigil.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * CloudTrail log files of the {@link BenchEstate}'s accounts over any stretch of time, for the
 * dashboard benchmark: workloads calling through assumed roles from their NAT addresses, 1,200
 * people working through SSO roles from offices and homes, CI users, AWS services, console sign-ins
 * with and without MFA, a little root activity, and a leaked key probed from everywhere (bursts of
 * AccessDenied). About 1.1 KB a record. A file is one account and region, as CloudTrail delivers it
 * (console sign-ins are in us-east-1, as AWS records them); the same seed and file number give the
 * same file, whichever thread writes it.
 */
final class BenchTrail {

    /** A call and how often it is made, relative to the others of its caller kind. */
    private record Call(String source, String name, boolean readOnly, double weight) {
    }

    private static final Call[] WORKLOAD_CALLS = {
            new Call("s3.amazonaws.com", "GetObject", true, 20), new Call("s3.amazonaws.com", "PutObject", false, 8),
            new Call("kms.amazonaws.com", "Decrypt", true, 12), new Call("kms.amazonaws.com", "GenerateDataKey", true, 4),
            new Call("sts.amazonaws.com", "AssumeRole", true, 10), new Call("dynamodb.amazonaws.com", "DescribeTable", true, 6),
            new Call("secretsmanager.amazonaws.com", "GetSecretValue", true, 4), new Call("ssm.amazonaws.com", "GetParameter", true, 5),
            new Call("logs.amazonaws.com", "CreateLogStream", false, 3), new Call("ec2.amazonaws.com", "DescribeInstances", true, 5),
            new Call("lambda.amazonaws.com", "Invoke", false, 4), new Call("ecr.amazonaws.com", "GetAuthorizationToken", true, 3),
            new Call("monitoring.amazonaws.com", "PutMetricData", false, 5),
            new Call("ec2.amazonaws.com", "CreateNetworkInterface", false, 2)};
    private static final Call[] PERSON_CALLS = {
            new Call("ec2.amazonaws.com", "DescribeInstances", true, 10), new Call("s3.amazonaws.com", "ListBuckets", true, 6),
            new Call("iam.amazonaws.com", "ListRoles", true, 5), new Call("iam.amazonaws.com", "GetRole", true, 3),
            new Call("cloudformation.amazonaws.com", "DescribeStacks", true, 8),
            new Call("cloudformation.amazonaws.com", "UpdateStack", false, 1),
            new Call("ec2.amazonaws.com", "DescribeSecurityGroups", true, 5),
            new Call("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", false, 1),
            new Call("logs.amazonaws.com", "FilterLogEvents", true, 4), new Call("lambda.amazonaws.com", "ListFunctions20150331", true, 3),
            new Call("rds.amazonaws.com", "DescribeDBInstances", true, 3), new Call("sts.amazonaws.com", "GetCallerIdentity", true, 5),
            new Call("ec2.amazonaws.com", "StartInstances", false, 1), new Call("ec2.amazonaws.com", "StopInstances", false, 1),
            new Call("iam.amazonaws.com", "CreateAccessKey", false, 0.3), new Call("iam.amazonaws.com", "AttachRolePolicy", false, 0.3),
            new Call("s3.amazonaws.com", "PutBucketPolicy", false, 0.3), new Call("kms.amazonaws.com", "DescribeKey", true, 2),
            new Call("cloudtrail.amazonaws.com", "LookupEvents", true, 2), new Call("guardduty.amazonaws.com", "ListFindings", true, 1),
            new Call("inspector2.amazonaws.com", "ListFindings", true, 1), new Call("ecs.amazonaws.com", "DescribeServices", true, 3),
            new Call("ecs.amazonaws.com", "UpdateService", false, 1)};
    private static final Call[] PROBE_CALLS = {
            new Call("sts.amazonaws.com", "GetCallerIdentity", true, 3), new Call("s3.amazonaws.com", "ListBuckets", true, 3),
            new Call("iam.amazonaws.com", "ListUsers", true, 2), new Call("ec2.amazonaws.com", "DescribeRegions", true, 2),
            new Call("iam.amazonaws.com", "CreateUser", false, 1)};
    private static final String[] SERVICES = {"cloudformation.amazonaws.com", "autoscaling.amazonaws.com",
            "elasticloadbalancing.amazonaws.com", "config.amazonaws.com", "backup.amazonaws.com"};
    private static final String[] WORKLOAD_ROLES = {"app-web", "app-api", "batch-etl", "lambda-orders", "ecs-checkout",
            "ci-deploy", "backup", "monitoring"};
    private static final String[] PERMISSION_SETS = {"AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess",
            "DeveloperAccess"};
    private static final String[] CI_USERS = {"ci-deployer", "terraform", "legacy-reporting", "github-actions"};
    private static final String LEAKED_USER = "svc-reporting";
    private static final String[] FIRST = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan",
            "judy", "ken", "laura", "mallory", "nina", "oscar", "peggy", "quinn", "rupert", "sybil", "trent", "ursula",
            "victor", "wendy", "xavier", "yara", "zoe", "amir", "bea", "chen", "dmitri", "elena", "farid", "gita",
            "hana", "ines", "jonas", "kai", "lena", "mateo", "noor"};
    private static final String[] LAST = {"smith", "jones", "garcia", "muller", "rossi", "kowalski", "tanaka", "silva",
            "nguyen", "dubois", "jensen", "novak", "ivanova", "haddad", "okafor", "larsen", "moreau", "fischer", "costa",
            "lindqvist", "kim", "patel", "schmidt", "oconnor", "santos", "weber", "bianchi", "horvat", "sato", "berg"};
    private static final String[] AGENTS_SDK = {
            "aws-sdk-java/2.25.6 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. md/io#sync",
            "Boto3/1.34.64 md/Botocore#1.34.64 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.12.2 cfg/retry-mode#legacy",
            "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/s3#1.53.0"};
    private static final String[] AGENTS_PEOPLE = {
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023 prompt/off",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off"};
    private static final int PEOPLE = FIRST.length * LAST.length;
    private static final int INSTANCES_PER_ACCOUNT = 80;

    private final long seed;
    private final String[] offices;
    private final String[][] homes = new String[PEOPLE][];
    private final String[][] nats = new String[BenchEstate.ACCOUNTS.size()][];

    BenchTrail(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        offices = new String[] {publicIpv4(random), publicIpv4(random), publicIpv4(random)};
        for (int p = 0; p < PEOPLE; p++) {
            homes[p] = new String[] {publicIpv4(random), publicIpv4(random)};
        }
        for (int a = 0; a < nats.length; a++) {
            nats[a] = new String[] {publicIpv4(random), publicIpv4(random), publicIpv4(random)};
        }
    }

    /** One log file of account and region of file {@code number}: records in time order within [from, from + span). */
    byte[] logFile(long number, int records, Instant from, Duration span) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
        int account = (int) (number % BenchEstate.ACCOUNTS.size());
        String region = random.nextInt(4) > 0 ? BenchEstate.HOME_REGIONS.get(account)
                : BenchEstate.REGIONS.get(random.nextInt(BenchEstate.REGIONS.size()));
        long[] offsets = new long[records];
        for (int i = 0; i < records; i++) {
            offsets[i] = random.nextLong(Math.max(1, span.toMillis()));
        }
        Arrays.sort(offsets);
        // now and then a workload loses a permission and fails for a whole file: a burst of AccessDenied
        boolean deniedBurst = random.nextInt(100) == 0;
        StringBuilder text = new StringBuilder(records * 1_200).append("{\"Records\":[");
        for (int i = 0; i < records; i++) {
            text.append(i > 0 ? "," : "");
            new RecordWriter(text, random, account, region, from.plusMillis(offsets[i])).write(deniedBurst);
        }
        return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one record; each caller kind takes its share of the trail. */
    private final class RecordWriter {

        private final StringBuilder out;
        private final SplittableRandom random;
        private final int account;
        private final String accountId;
        private final String region;
        private final Instant time;

        RecordWriter(StringBuilder out, SplittableRandom random, int account, String region, Instant time) {
            this.out = out;
            this.random = random;
            this.account = account;
            this.accountId = BenchEstate.ACCOUNTS.get(account);
            this.region = region;
            this.time = time;
        }

        void write(boolean deniedBurst) {
            int kind = random.nextInt(10_000);
            if (kind < 5_600) {
                workload(deniedBurst);
            } else if (kind < 8_900) {
                person();
            } else if (kind < 9_400) {
                ciUser();
            } else if (kind < 9_800) {
                service();
            } else if (kind < 9_900) {
                consoleLogin();
            } else if (kind < 9_905) {
                root();
            } else {
                probe();
            }
        }

        private void workload(boolean deniedBurst) {
            String role = WORKLOAD_ROLES[random.nextInt(WORKLOAD_ROLES.length)];
            String session = role.startsWith("lambda") ? role + "-" + random.nextInt(4)
                    : role.startsWith("ci") || role.equals("backup") ? "botocore-session-" + time.getEpochSecond() / 3_600
                    : "i-0" + String.format("%015x", account * 1_000L + random.nextInt(INSTANCES_PER_ACCOUNT));
            Call call = pick(WORKLOAD_CALLS);
            begin();
            assumedRole(role, session, "AROAWORKLOAD" + account + role.length(), false);
            String error = deniedBurst ? "AccessDenied" : random.nextInt(1_000) < 15 ? errorCode(call) : null;
            end(call, "AwsApiCall", nats[account][random.nextInt(nats[account].length)],
                    AGENTS_SDK[random.nextInt(AGENTS_SDK.length)], error, role + "/" + session);
        }

        private void person() {
            int person = anyPerson();
            Call call = pick(PERSON_CALLS);
            String permissionSet = PERMISSION_SETS[person % PERMISSION_SETS.length];
            begin();
            assumedRole("AWSReservedSSO_" + permissionSet + "_5f3a" + (person % 7), name(person), "AROAPERSON" + person, usesMfa(person));
            String error = random.nextInt(1_000) < 60 ? errorCode(call) : null;
            end(call, "AwsApiCall", personIp(person), AGENTS_PEOPLE[random.nextInt(AGENTS_PEOPLE.length)], error,
                    "AWSReservedSSO_" + permissionSet + "/" + name(person));
        }

        private void ciUser() {
            String user = CI_USERS[random.nextInt(CI_USERS.length)];
            Call call = pick(random.nextBoolean() ? WORKLOAD_CALLS : PERSON_CALLS);
            begin();
            iamUser(user, "AIDACI" + user.length(), "AKIACI" + account + user.length());
            String error = random.nextInt(1_000) < 30 ? errorCode(call) : null;
            end(call, "AwsApiCall", nats[account][0], AGENTS_SDK[random.nextInt(AGENTS_SDK.length)], error, "user/" + user);
        }

        private void service() {
            String service = SERVICES[random.nextInt(SERVICES.length)];
            Call call = pick(WORKLOAD_CALLS);
            begin();
            out.append("{\"type\":\"AWSService\",\"invokedBy\":\"").append(service).append("\"}");
            end(call, random.nextInt(4) == 0 ? "AwsServiceEvent" : "AwsApiCall", service, service, null, null);
        }

        private void consoleLogin() {
            int person = anyPerson();
            boolean failed = random.nextInt(100) < 4;
            begin();
            iamUser(name(person), "AIDAPERSON" + person, null);
            out.append(",\"eventTime\":\"").append(time).append("\",\"eventSource\":\"signin.amazonaws.com\",")
                    .append("\"eventName\":\"ConsoleLogin\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"")
                    .append(personIp(person)).append("\",\"userAgent\":\"").append(AGENTS_PEOPLE[1]).append('"');
            if (failed) {
                out.append(",\"errorMessage\":\"Failed authentication\"");
            }
            out.append(",\"requestParameters\":null,\"responseElements\":{\"ConsoleLogin\":\"")
                    .append(failed ? "Failure" : "Success").append("\"},\"additionalEventData\":{\"LoginTo\":")
                    .append("\"https://console.aws.amazon.com/console/home\",\"MobileVersion\":\"No\",\"MFAUsed\":\"")
                    .append(usesMfa(person) ? "Yes" : "No").append("\"}");
            ids("AwsConsoleSignIn", true, false);
            out.append('}');
        }

        private void root() {
            Call call = pick(PERSON_CALLS);
            begin();
            out.append("{\"type\":\"Root\",\"principalId\":\"").append(accountId).append("\",\"arn\":\"arn:aws:iam::")
                    .append(accountId).append(":root\",\"accountId\":\"").append(accountId).append("\"}");
            end(call, "AwsApiCall", offices[0], AGENTS_PEOPLE[1], null, null);
        }

        private void probe() {
            Call call = pick(PROBE_CALLS);
            begin();
            iamUser(LEAKED_USER, "AIDALEAKED", "AKIALEAKED" + account);
            boolean allowed = call.name().equals("GetCallerIdentity");
            end(call, "AwsApiCall", publicIpv4(random), "python-requests/2.31.0", allowed ? null : "AccessDenied",
                    "user/" + LEAKED_USER);
        }

        private void begin() {
            out.append("{\"eventVersion\":\"1.09\",\"userIdentity\":");
        }

        private void assumedRole(String role, String session, String principal, boolean mfa) {
            out.append("{\"type\":\"AssumedRole\",\"principalId\":\"").append(principal).append(':').append(session)
                    .append("\",\"arn\":\"arn:aws:sts::").append(accountId).append(":assumed-role/").append(role)
                    .append('/').append(session).append("\",\"accountId\":\"").append(accountId)
                    .append("\",\"accessKeyId\":\"ASIA").append(Long.toHexString(random.nextLong()).toUpperCase(Locale.ROOT))
                    .append("\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"")
                    .append(principal).append("\",\"arn\":\"arn:aws:iam::").append(accountId).append(":role/")
                    .append(role).append("\",\"accountId\":\"").append(accountId).append("\",\"userName\":\"")
                    .append(role).append("\"},\"attributes\":{\"creationDate\":\"").append(time.minusSeconds(600))
                    .append("\",\"mfaAuthenticated\":\"").append(mfa).append("\"}}}");
        }

        private void iamUser(String user, String principal, String accessKey) {
            out.append("{\"type\":\"IAMUser\",\"principalId\":\"").append(principal).append("\",\"arn\":\"arn:aws:iam::")
                    .append(accountId).append(":user/").append(user).append("\",\"accountId\":\"").append(accountId);
            if (accessKey != null) {
                out.append("\",\"accessKeyId\":\"").append(accessKey);
            }
            out.append("\",\"userName\":\"").append(user).append("\"}");
        }

        /** The call, its outcome, its content and the delivery fields, closing the record. */
        private void end(Call call, String eventType, String sourceIp, String agent, String error, String caller) {
            out.append(",\"eventTime\":\"").append(time).append("\",\"eventSource\":\"").append(call.source())
                    .append("\",\"eventName\":\"").append(call.name()).append("\",\"awsRegion\":\"").append(region)
                    .append("\",\"sourceIPAddress\":\"").append(sourceIp).append("\",\"userAgent\":\"").append(agent)
                    .append('"');
            if (error != null) {
                out.append(",\"errorCode\":\"").append(error).append("\",\"errorMessage\":\"");
                if (caller != null) {
                    out.append(caller.startsWith("user/") ? "User: arn:aws:iam::" : "User: arn:aws:sts::")
                            .append(accountId).append(caller.startsWith("user/") ? ":" : ":assumed-role/").append(caller)
                            .append(" is not authorized to perform: ");
                } else {
                    out.append("Request failed: ");
                }
                out.append(call.source(), 0, call.source().indexOf('.')).append(':').append(call.name()).append('"');
            }
            out.append(",\"requestParameters\":{\"resource\":\"").append(call.name().toLowerCase(Locale.ROOT)).append('-')
                    .append(random.nextInt(500)).append("\",\"maxResults\":").append(50 + random.nextInt(4) * 50)
                    .append('}');
            out.append(",\"responseElements\":").append(error != null || call.readOnly() ? "null"
                    : "{\"requestId\":\"" + new UUID(random.nextLong(), random.nextLong()) + "\"}");
            ids(eventType, call.readOnly(), call.source().equals("s3.amazonaws.com") && call.name().endsWith("Object"));
            if (!sourceIp.endsWith(".amazonaws.com")) {
                out.append(",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\",")
                        .append("\"clientProvidedHostHeader\":\"").append(call.source().replace(".amazonaws.com", ""))
                        .append('.').append(region).append(".amazonaws.com\"}");
            }
            out.append('}');
        }

        private void ids(String eventType, boolean readOnly, boolean dataEvent) {
            out.append(",\"requestID\":\"").append(new UUID(random.nextLong(), random.nextLong()))
                    .append("\",\"eventID\":\"").append(new UUID(random.nextLong(), random.nextLong()))
                    .append("\",\"readOnly\":").append(readOnly).append(",\"eventType\":\"").append(eventType)
                    .append("\",\"managementEvent\":").append(!dataEvent).append(",\"recipientAccountId\":\"")
                    .append(accountId).append("\",\"eventCategory\":\"").append(dataEvent ? "Data" : "Management")
                    .append('"');
        }

        /** People are not equally busy: a few make most of the calls. */
        private int anyPerson() {
            double u = random.nextDouble();
            return (int) (PEOPLE * u * u * u);
        }

        /** Three people in ten have not set up MFA. */
        private boolean usesMfa(int person) {
            return person % 10 >= 3;
        }

        private String personIp(int person) {
            int where = random.nextInt(10);
            return where < 6 ? offices[person % offices.length] : homes[person][where % 2];
        }

        private String errorCode(Call call) {
            int pick = random.nextInt(10);
            return switch (call.source()) {
                case "ec2.amazonaws.com" -> pick < 6 ? "Client.UnauthorizedOperation"
                        : pick < 8 ? "Client.InvalidInstanceID.NotFound" : "Client.RequestLimitExceeded";
                case "iam.amazonaws.com" -> pick < 7 ? "AccessDenied" : "NoSuchEntity";
                case "s3.amazonaws.com" -> pick < 7 ? "AccessDenied" : "NoSuchKey";
                default -> pick < 5 ? "AccessDeniedException" : pick < 7 ? "ThrottlingException"
                        : pick < 9 ? "ValidationException" : "ResourceNotFoundException";
            };
        }

        private Call pick(Call[] calls) {
            double total = 0;
            for (Call call : calls) {
                total += call.weight();
            }
            double at = random.nextDouble() * total;
            for (Call call : calls) {
                at -= call.weight();
                if (at < 0) {
                    return call;
                }
            }
            return calls[calls.length - 1];
        }
    }

    static String name(int person) {
        return FIRST[person % FIRST.length] + "." + LAST[person / FIRST.length];
    }

    /** A routable public IPv4 address (no private, shared, loopback, link-local, documentation or multicast range). */
    static String publicIpv4(SplittableRandom random) {
        while (true) {
            int a = 1 + random.nextInt(223);
            int b = random.nextInt(256);
            boolean reserved = a == 10 || a == 127 || a == 100 && b >= 64 && b < 128 || a == 169 && b == 254
                    || a == 172 && b >= 16 && b < 32 || a == 192 && b == 168 || a == 192 && b == 0
                    || a == 198 && (b == 18 || b == 19 || b == 51) || a == 203 && b == 0;
            if (!reserved) {
                return a + "." + b + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            }
        }
    }
}
