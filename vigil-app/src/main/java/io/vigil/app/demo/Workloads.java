package io.vigil.app.demo;

import static io.vigil.app.demo.DemoEstate.EU;
import static io.vigil.app.demo.DemoEstate.IDENTITY;
import static io.vigil.app.demo.DemoEstate.IDENTITY_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.INFRASTRUCTURE;
import static io.vigil.app.demo.DemoEstate.PAYMENTS;
import static io.vigil.app.demo.DemoEstate.PAYMENTS_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.SHARED_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.STOREFRONT;
import static io.vigil.app.demo.DemoEstate.US;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The machines' share of the trail, around the clock and following customer traffic: each project's
 * instances calling AWS with their instance profile through the region's NAT gateway, AWS Config
 * describing every account's resources, Lambda assuming functions' execution roles, and AWS Backup's
 * nightly backups (recorded as service events).
 */
final class Workloads implements TrailActivity {

    /** Instance profile credentials are renewed every six hours. */
    private static final Duration CREDENTIALS = Duration.ofHours(6);
    private static final double EVERYDAY_FAILURES = 0.004;

    /** One application: its instances, their role, and how much they call at the busiest hour. */
    private record Application(String project, String account, String region, String role, double peakPerHour,
                               String userAgent, Mix<ApiCall> calls) {
    }

    private static final List<Application> APPLICATIONS = List.of(
            new Application(STOREFRONT, SHARED_ACCOUNT, EU, "storefront-web", 16, Caller.JAVA_SDK, storefront()),
            new Application(STOREFRONT, SHARED_ACCOUNT, US, "storefront-web", 6, Caller.JAVA_SDK, storefront()),
            new Application(PAYMENTS, SHARED_ACCOUNT, EU, "payments-api", 10, Caller.JAVA_SDK, payments()),
            new Application(PAYMENTS, PAYMENTS_ACCOUNT, US, "payments-api", 14, Caller.JAVA_SDK, payments()),
            new Application(IDENTITY, IDENTITY_ACCOUNT, EU, "identity-idp", 10, Caller.JAVA_SDK, identity()),
            new Application(IDENTITY, IDENTITY_ACCOUNT, US, "identity-idp", 4, Caller.JAVA_SDK, identity()),
            new Application(INFRASTRUCTURE, IDENTITY_ACCOUNT, EU, "platform-worker", 6, Caller.BOTO3, workers()),
            new Application(INFRASTRUCTURE, IDENTITY_ACCOUNT, US, "platform-worker", 3, Caller.BOTO3, workers()));

    private static final Mix<ApiCall> CONFIG = new Mix<ApiCall>().add(ApiCall.DESCRIBE_INSTANCES, 3)
            .add(ApiCall.DESCRIBE_SECURITY_GROUPS, 2).add(ApiCall.DESCRIBE_VOLUMES, 2).add(ApiCall.GET_BUCKET_POLICY, 1);
    private static final double CONFIG_PER_HOUR = 1.0;
    private static final double LAMBDA_PER_HOUR = 0.8;

    @Override
    public void generate(Day day, SplittableRandom random, List<TrailEvent> out) {
        for (String account : DemoEstate.ACCOUNTS) {
            out.add(backup(account, day, random));
        }
        for (int hour = 0; hour < 24; hour++) {
            for (Application application : APPLICATIONS) {
                int calls = Rhythm.poisson(random, application.peakPerHour() * Rhythm.traffic(day.date(), hour));
                for (int i = 0; i < calls; i++) {
                    out.add(instanceCall(application, day.at(hour, 0, random.nextInt(3600)), random));
                }
            }
            for (String account : DemoEstate.ACCOUNTS) {
                for (String region : DemoEstate.REGIONS) {
                    for (int i = Rhythm.poisson(random, CONFIG_PER_HOUR); i > 0; i--) {
                        out.add(config(account, region, day.at(hour, 0, random.nextInt(3600)), random));
                    }
                }
                for (int i = Rhythm.poisson(random, LAMBDA_PER_HOUR); i > 0; i--) {
                    out.add(lambda(account, day.at(hour, 0, random.nextInt(3600)), random));
                }
            }
        }
    }

    /** AWS Backup's nightly job of the project's table, recorded as a service event when it completes. */
    private static TrailEvent backup(String account, Day day, SplittableRandom random) {
        String project = projectOf(account, random);
        String table = "arn:aws:dynamodb:" + EU + ":" + account + ":table/" + project + "-sessions";
        Instant started = day.at(3, random.nextInt(20), random.nextInt(60));
        Instant completed = started.plusSeconds(120 + random.nextInt(900));
        ObjectNode details = Json.object("backupJobId", AwsIds.uuid(random).toUpperCase(Locale.ROOT),
                "backupVaultName", "Default", "backupVaultArn", "arn:aws:backup:" + EU + ":" + account
                        + ":backup-vault:Default", "resourceArn", table, "resourceType", "DynamoDB", "state", "COMPLETED",
                "percentDone", 100, "backupSizeInBytes", 40_000_000L + random.nextInt(900_000_000),
                "creationDate", started.toString(), "completionDate", completed.toString());
        return TrailRecord.serviceEvent(account, EU, "backup.amazonaws.com", "BackupJobCompleted", details, completed, random);
    }

    private static TrailEvent instanceCall(Application application, Instant time, SplittableRandom random) {
        List<Instance> hosts = DemoEstate.instances(application.project(), application.account(), application.region());
        Instance host = hosts.get(random.nextInt(hosts.size()));
        Instant issued = issued(time);
        Caller caller = Caller.role(application.account(), application.role(), host.id(), issued,
                AwsIds.sessionKey(new SplittableRandom(host.id().hashCode() * 31L + issued.getEpochSecond())),
                DemoEstate.egress(application.region()).address(application.account() + application.region()),
                application.userAgent());
        ApiCall call = application.calls().pick(random);
        CallSite site = new CallSite(application.account(), application.region(), application.project(), caller.arn(),
                host, application.role(), time, random);
        return TrailRecord.of(caller, call, site, everydayFailure(call, random));
    }

    private static TrailEvent config(String account, String region, Instant time, SplittableRandom random) {
        Instant issued = issued(time);
        Caller caller = Caller.serviceRole(account, "aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
                "AWSConfig-Describe", "config.amazonaws.com", issued,
                AwsIds.sessionKey(new SplittableRandom(account.hashCode() * 31L + issued.getEpochSecond())));
        ApiCall call = CONFIG.pick(random);
        CallSite site = new CallSite(account, region, projectOf(account, random), caller.arn(), null,
                "AWSServiceRoleForConfig", time, random);
        return TrailRecord.of(caller, call, site, everydayFailure(call, random));
    }

    /** Lambda assuming a function's execution role: the session is named after the function. */
    private static TrailEvent lambda(String account, Instant time, SplittableRandom random) {
        String project = projectOf(account, random);
        String function = project + (random.nextBoolean() ? "-image-resizer" : "-nightly-report");
        CallSite site = new CallSite(account, EU, project, function, null, project + "-lambda-exec", time, random);
        return TrailRecord.of(Caller.awsService("lambda.amazonaws.com"), ApiCall.ASSUME_ROLE, site, null);
    }

    private static Failure everydayFailure(ApiCall call, SplittableRandom random) {
        return random.nextDouble() < EVERYDAY_FAILURES ? call.everydayFailure() : null;
    }

    private static Instant issued(Instant time) {
        long window = CREDENTIALS.getSeconds();
        return Instant.ofEpochSecond(time.getEpochSecond() / window * window).plus(3, ChronoUnit.MINUTES);
    }

    /** A project working in the account (the shared account's resources belong to either team). */
    private static String projectOf(String account, SplittableRandom random) {
        return switch (account) {
            case SHARED_ACCOUNT -> random.nextBoolean() ? STOREFRONT : PAYMENTS;
            case PAYMENTS_ACCOUNT -> PAYMENTS;
            default -> IDENTITY;
        };
    }

    private static Mix<ApiCall> storefront() {
        return new Mix<ApiCall>().add(ApiCall.GET_OBJECT, 5).add(ApiCall.DECRYPT, 3).add(ApiCall.GET_PARAMETERS, 2)
                .add(ApiCall.GET_SECRET_VALUE, 1).add(ApiCall.DESCRIBE_TABLE, 1).add(ApiCall.PUT_OBJECT, 1);
    }

    private static Mix<ApiCall> payments() {
        return new Mix<ApiCall>().add(ApiCall.GENERATE_DATA_KEY, 3).add(ApiCall.DECRYPT, 3)
                .add(ApiCall.GET_SECRET_VALUE, 2).add(ApiCall.PUT_OBJECT, 2).add(ApiCall.GET_PARAMETERS, 1);
    }

    private static Mix<ApiCall> identity() {
        return new Mix<ApiCall>().add(ApiCall.DECRYPT, 4).add(ApiCall.DESCRIBE_TABLE, 2).add(ApiCall.GET_SECRET_VALUE, 2)
                .add(ApiCall.GET_PARAMETERS, 2).add(ApiCall.PUT_OBJECT, 1);
    }

    private static Mix<ApiCall> workers() {
        return new Mix<ApiCall>().add(ApiCall.GET_OBJECT, 3).add(ApiCall.PUT_OBJECT, 2)
                .add(ApiCall.GET_AUTHORIZATION_TOKEN, 2).add(ApiCall.CREATE_LOG_STREAM, 2).add(ApiCall.DESCRIBE_INSTANCES, 1);
    }
}
