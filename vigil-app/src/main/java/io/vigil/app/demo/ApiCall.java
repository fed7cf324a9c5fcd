package io.vigil.app.demo;

import static io.vigil.app.demo.Json.array;
import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The API calls of the demo trail: the service and event name CloudTrail records, whether the call
 * only reads, whether it is a data event, and the parameters, response and resources CloudTrail
 * records for it. Calls to global services (IAM, sign-in, Cost Explorer) are recorded in us-east-1.
 */
enum ApiCall {
    DESCRIBE_INSTANCES("ec2", "DescribeInstances", true,
            site -> Payload.of(object("instancesSet", object(), "filterSet", object()), null)),
    DESCRIBE_SECURITY_GROUPS("ec2", "DescribeSecurityGroups", true,
            site -> Payload.of(object("securityGroupSet", object(), "securityGroupIdSet", object(),
                    "filterSet", object()), null)),
    DESCRIBE_VOLUMES("ec2", "DescribeVolumes", true,
            site -> Payload.of(object("volumeSet", object(), "filterSet", object()), null)),
    START_INSTANCES("ec2", "StartInstances", false, site -> Payload.of(instances(site, null),
            instances(site, object("code", 0, "name", "pending"), object("code", 80, "name", "stopped")))),
    STOP_INSTANCES("ec2", "StopInstances", false, site -> Payload.of(instances(site, false),
            instances(site, object("code", 64, "name", "stopping"), object("code", 16, "name", "running")))),
    AUTHORIZE_SECURITY_GROUP_INGRESS("ec2", "AuthorizeSecurityGroupIngress", false, ApiCall::authorizeIngress),
    LIST_BUCKETS("s3", "ListBuckets", true,
            site -> new Payload(object("Host", "s3.amazonaws.com"), null,
                    s3Transfer(site, 0, 1_800 + site.random().nextInt(900)), null)),
    GET_BUCKET_POLICY("s3", "GetBucketPolicy", true, site -> {
        String bucket = site.bucket();
        return new Payload(object("bucketName", bucket, "Host", host(bucket, site), "policy", ""), null,
                s3Transfer(site, 0, 0), array(bucket(site, bucket)));
    }),
    GET_OBJECT("s3", "GetObject", true, site -> s3Object(site, true)),
    PUT_OBJECT("s3", "PutObject", false, site -> s3Object(site, false)),
    ASSUME_ROLE("sts", "AssumeRole", true, site -> new Payload(
            object("roleArn", site.roleArn(), "roleSessionName", session(site), "durationSeconds", 3600),
            object("credentials", credentials(site), "assumedRoleUser", assumedRoleUser(site, session(site))), null,
            array(object("accountId", site.account(), "type", "AWS::IAM::Role", "ARN", site.roleArn())))),
    ASSUME_ROLE_WITH_WEB_IDENTITY("sts", "AssumeRoleWithWebIdentity", true, site -> new Payload(
            object("roleArn", site.roleArn(), "roleSessionName", GitHubActions.SESSION, "durationSeconds", 3600),
            object("credentials", credentials(site), "subjectFromWebIdentityToken", GitHubActions.subject(site.project()),
                    "assumedRoleUser", assumedRoleUser(site, GitHubActions.SESSION),
                    "provider", GitHubActions.provider(site.account()),
                    "audience", "sts.amazonaws.com"), null,
            array(object("accountId", site.account(), "type", "AWS::IAM::Role", "ARN", site.roleArn())))),
    GET_CALLER_IDENTITY("sts", "GetCallerIdentity", true, site -> Payload.of(null, null)),
    DECRYPT("kms", "Decrypt", true, site -> Payload.of(object("encryptionAlgorithm", "SYMMETRIC_DEFAULT",
            "encryptionContext", object("aws:secretsmanager:arn", site.secretArn())), null).withResources(key(site))),
    GENERATE_DATA_KEY("kms", "GenerateDataKey", true, site -> Payload.of(object("keyId", "alias/" + site.project(),
            "keySpec", "AES_256"), null).withResources(key(site))),
    GET_SECRET_VALUE("secretsmanager", "GetSecretValue", true,
            site -> Payload.of(object("secretId", site.secretArn()), null)),
    GET_PARAMETERS("ssm", "GetParameters", true,
            site -> Payload.of(object("names", array(site.parameter()), "withDecryption", true), null)),
    DESCRIBE_TABLE("dynamodb", "DescribeTable", true, site -> Payload.of(object("tableName", site.table()), null)),
    DESCRIBE_STACKS("cloudformation", "DescribeStacks", true, site -> Payload.of(object("stackName", site.stack()), null)),
    DESCRIBE_STACK_EVENTS("cloudformation", "DescribeStackEvents", true,
            site -> Payload.of(object("stackName", site.stack()), null)),
    UPDATE_STACK("cloudformation", "UpdateStack", false, site -> {
        String commit = AwsIds.hex(site.random(), 12);
        return Payload.of(object("stackName", site.stack(),
                "templateURL", "https://" + site.project() + "-deploy-" + site.account() + ".s3.amazonaws.com/templates/"
                        + commit + ".yaml",
                "parameters", array(object("parameterKey", "ImageTag", "parameterValue", commit)),
                "capabilities", array("CAPABILITY_IAM")), object("stackId", site.stackArn()));
    }),
    GET_AUTHORIZATION_TOKEN("ecr", "GetAuthorizationToken", true, site -> Payload.of(null, null)),
    UPDATE_SERVICE("ecs", "UpdateService", false, site -> Payload.of(
            object("cluster", site.stack(), "service", site.project() + "-api", "forceNewDeployment", true),
            object("service", object("serviceName", site.project() + "-api", "clusterArn", "arn:aws:ecs:" + site.region()
                    + ":" + site.account() + ":cluster/" + site.stack(), "status", "ACTIVE", "desiredCount", 3)))),
    CREATE_LOG_STREAM("logs", "CreateLogStream", false, site -> Payload.of(object("logGroupName", site.logGroup(),
            "logStreamName", (site.instance() == null ? "batch" : site.instance().id()) + "/" + AwsIds.hex(site.random(), 8)),
            null)),
    GET_METRIC_DATA("monitoring", "GetMetricData", true, site -> Payload.of(object("metricDataQueries", array(object(
            "id", "m1", "metricStat", object("metric", object("namespace", "AWS/EC2", "metricName", "CPUUtilization"),
                    "period", 300, "stat", "Average"))),
            "startTime", DateTimeFormatter.ISO_INSTANT.format(site.time().minus(Duration.ofHours(3))),
            "endTime", DateTimeFormatter.ISO_INSTANT.format(site.time())), null)),
    LIST_FUNCTIONS("lambda", "ListFunctions20150331", true, site -> Payload.of(null, null)),
    DESCRIBE_DB_INSTANCES("rds", "DescribeDBInstances", true, site -> Payload.of(null, null)),
    LIST_USERS("iam", "ListUsers", true, site -> Payload.of(null, null)),
    LIST_ROLES("iam", "ListRoles", true, site -> Payload.of(null, null)),
    LIST_ACCESS_KEYS("iam", "ListAccessKeys", true, site -> Payload.of(null, null)),
    GET_ACCOUNT_SUMMARY("iam", "GetAccountSummary", true, site -> Payload.of(null, null)),
    GET_ACCOUNT_AUTHORIZATION_DETAILS("iam", "GetAccountAuthorizationDetails", true, site -> Payload.of(
            object("filter", array("User", "Role", "Group", "LocalManagedPolicy")), null)),
    CREATE_VIRTUAL_MFA_DEVICE("iam", "CreateVirtualMFADevice", false, site -> Payload.of(
            object("virtualMFADeviceName", "root-account-mfa-device"),
            object("virtualMFADevice", object("serialNumber", rootMfa(site))))),
    ENABLE_MFA_DEVICE("iam", "EnableMFADevice", false, site -> Payload.of(object("serialNumber", rootMfa(site)), null)),
    GET_COST_AND_USAGE("ce", "GetCostAndUsage", true, site -> Payload.of(object(
            "timePeriod", object("start", site.time().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString(),
                    "end", site.time().atZone(ZoneOffset.UTC).toLocalDate().toString()),
            "granularity", "DAILY", "metrics", array("UnblendedCost")), null)),
    CONSOLE_LOGIN("signin", "ConsoleLogin", false, site -> Payload.of(null, null));

    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final String service;
    private final String eventName;
    private final boolean readOnly;
    private final Function<CallSite, Payload> payload;

    ApiCall(String service, String eventName, boolean readOnly, Function<CallSite, Payload> payload) {
        this.service = service;
        this.eventName = eventName;
        this.readOnly = readOnly;
        this.payload = payload;
    }

    String eventSource() {
        return service + ".amazonaws.com";
    }

    String eventName() {
        return eventName;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** S3 object reads and writes are data events; every other call here is a management event. */
    boolean dataEvent() {
        return this == GET_OBJECT || this == PUT_OBJECT;
    }

    /** The region CloudTrail records the call in: us-east-1 for global services. */
    String region(String callerRegion) {
        return switch (service) {
            case "iam", "signin", "ce" -> DemoEstate.US;
            default -> callerRegion;
        };
    }

    /** The endpoint the client called (global services have one for all regions). */
    String host(String callerRegion) {
        return switch (service) {
            case "iam", "ce" -> service + ".amazonaws.com";
            case "signin" -> "signin.aws.amazon.com";
            default -> service + "." + callerRegion + ".amazonaws.com";
        };
    }

    Payload payload(CallSite site) {
        return payload.apply(site);
    }

    /** The denial of this call to the caller, with the error code and message this service gives. */
    Failure denied(CallSite site) {
        String action = (service.equals("monitoring") ? "cloudwatch" : service) + ":" + eventName.replaceAll("\\d{8}$", "");
        String message = "User: " + site.callerArn() + " is not authorized to perform: " + action
                + " because no identity-based policy allows the " + action + " action";
        return switch (service) {
            case "s3" -> new Failure("AccessDenied", "Access Denied");
            case "ec2" -> new Failure("Client.UnauthorizedOperation", "You are not authorized to perform this operation. "
                    + message);
            case "iam", "sts", "cloudformation", "monitoring", "rds" -> new Failure("AccessDenied", message);
            default -> new Failure("AccessDeniedException", message);
        };
    }

    /** The failure this call meets now and then in normal work, or null when it has none worth showing. */
    Failure everydayFailure() {
        return switch (this) {
            case UPDATE_STACK -> new Failure("ValidationError", "No updates are to be performed.");
            case GET_SECRET_VALUE -> new Failure("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
            case DESCRIBE_INSTANCES -> new Failure("Client.RequestLimitExceeded", "Request limit exceeded.");
            case GET_BUCKET_POLICY -> new Failure("NoSuchBucketPolicy", "The bucket policy does not exist");
            default -> null;
        };
    }

    private static JsonNode instances(CallSite site, Boolean force) {
        JsonNode items = object("items", array(object("instanceId", site.instance().id())));
        return force == null ? object("instancesSet", items) : object("instancesSet", items, "force", force);
    }

    private static JsonNode instances(CallSite site, JsonNode current, JsonNode previous) {
        return object("requestId", AwsIds.uuid(site.random()), "instancesSet", object("items", array(object(
                "instanceId", site.instance().id(), "currentState", current, "previousState", previous))));
    }

    private static Payload authorizeIngress(CallSite site) {
        String group = "sg-0" + AwsIds.hexOf("sg/" + site.project() + site.account(), 16);
        JsonNode permission = object("ipProtocol", "tcp", "fromPort", 443, "toPort", 443, "groups", object(),
                "ipRanges", object("items", array(object("cidrIp", "10.0.0.0/16"))), "ipv6Ranges", object(),
                "prefixListIds", object());
        return Payload.of(object("groupId", group, "ipPermissions", object("items", array(permission))),
                object("requestId", AwsIds.uuid(site.random()), "_return", true, "securityGroupRuleSet", object("items",
                        array(object("groupOwnerId", site.account(), "groupId", group, "securityGroupRuleId",
                                "sgr-0" + AwsIds.hex(site.random(), 16), "isEgress", false, "ipProtocol", "tcp",
                                "fromPort", 443, "toPort", 443, "cidrIpv4", "10.0.0.0/16")))));
    }

    private static Payload s3Object(CallSite site, boolean read) {
        String bucket = site.bucket();
        String key = site.objectKey(bucket);
        int size = 2_000 + site.random().nextInt(400_000);
        return new Payload(object("bucketName", bucket, "Host", host(bucket, site), "key", key),
                read ? null : object("x-amz-server-side-encryption", "aws:kms",
                        "x-amz-server-side-encryption-aws-kms-key-id", site.keyArn()),
                s3Transfer(site, read ? 0 : size, read ? size : 0),
                array(object("type", "AWS::S3::Object", "ARN", "arn:aws:s3:::" + bucket + "/" + key), bucket(site, bucket)));
    }

    private static JsonNode bucket(CallSite site, String bucket) {
        return object("accountId", site.account(), "type", "AWS::S3::Bucket", "ARN", "arn:aws:s3:::" + bucket);
    }

    private static String host(String bucket, CallSite site) {
        return bucket + ".s3." + site.region() + ".amazonaws.com";
    }

    private static JsonNode s3Transfer(CallSite site, int in, int out) {
        return object("SignatureVersion", "SigV4", "CipherSuite", "TLS_AES_128_GCM_SHA256", "bytesTransferredIn", in,
                "AuthenticationMethod", "AuthHeader", "x-amz-id-2", AwsIds.alphanumeric(site.random(), 56),
                "bytesTransferredOut", out);
    }

    private static JsonNode key(CallSite site) {
        return array(object("accountId", site.account(), "type", "AWS::KMS::Key", "ARN", site.keyArn()));
    }

    private static String session(CallSite site) {
        return site.callerArn().substring(site.callerArn().lastIndexOf('/') + 1);
    }

    private static JsonNode credentials(CallSite site) {
        return object("accessKeyId", AwsIds.sessionKey(site.random()),
                "expiration", EXPIRATION.format(site.time().plus(Duration.ofHours(1))));
    }

    private static JsonNode assumedRoleUser(CallSite site, String session) {
        return object("assumedRoleId", AwsIds.principalId("AROA", site.roleArn()) + ":" + session,
                "arn", "arn:aws:sts::" + site.account() + ":assumed-role/" + site.role() + "/" + session);
    }

    private static String rootMfa(CallSite site) {
        return "arn:aws:iam::" + site.account() + ":mfa/root-account-mfa-device";
    }
}
