package io.vigil.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Where one API call happens: the account, region and project, who calls, the instance it concerns
 * (if any), when, and the role it assumes or acts on. Names the project's resources the call reads
 * or writes the same way every time (a project keeps its buckets, keys and stacks).
 */
record CallSite(String account, String region, String project, String callerArn, Instance instance, String role,
                Instant time, SplittableRandom random) {

    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    CallSite withRole(String newRole) {
        return new CallSite(account, region, project, callerArn, instance, newRole, time, random);
    }

    /** A bucket the project reads and writes; the platform team's begin with {@code platform-}. */
    String bucket() {
        return switch (project) {
            case DemoEstate.STOREFRONT -> "storefront-assets-" + account;
            case DemoEstate.PAYMENTS -> (account.equals(DemoEstate.SHARED_ACCOUNT) ? "payments-receipts-"
                    : "payments-ledger-exports-") + account;
            case DemoEstate.IDENTITY -> "identity-audit-logs-" + account;
            default -> DemoEstate.PLATFORM_BUCKET_PREFIX + (random.nextInt(3) == 0 ? "terraform-state" : "build-cache");
        };
    }

    String objectKey(String bucket) {
        String day = DAY_PATH.format(time);
        if (bucket.endsWith("terraform-state")) {
            return "env/prod/" + (random.nextBoolean() ? "network" : "compute") + "/terraform.tfstate";
        }
        if (bucket.endsWith("build-cache")) {
            return "cache/" + AwsIds.hex(random, 16) + ".tar.zst";
        }
        return switch (project) {
            case DemoEstate.STOREFRONT -> "assets/img/product-" + (1000 + random.nextInt(9000)) + ".webp";
            case DemoEstate.PAYMENTS -> "receipts/" + day + "/" + AwsIds.hex(random, 12) + ".pdf";
            default -> "audit/" + day + "/" + AwsIds.hex(random, 12) + ".json.gz";
        };
    }

    String keyArn() {
        return "arn:aws:kms:" + region + ":" + account + ":key/"
                + UUID.nameUUIDFromBytes((project + account + region).getBytes(StandardCharsets.UTF_8));
    }

    String secretArn() {
        return "arn:aws:secretsmanager:" + region + ":" + account + ":secret:prod/" + project + "/database-"
                + AwsIds.hexOf("secret/" + project + account, 6);
    }

    String parameter() {
        return "/" + project + "/prod/config";
    }

    String table() {
        return project + "-sessions";
    }

    String stack() {
        return project + "-prod";
    }

    String stackArn() {
        return "arn:aws:cloudformation:" + region + ":" + account + ":stack/" + stack() + "/"
                + UUID.nameUUIDFromBytes((stack() + account + region).getBytes(StandardCharsets.UTF_8));
    }

    String roleArn() {
        return "arn:aws:iam::" + account + ":role/" + role;
    }

    String logGroup() {
        return "/" + project + "/application";
    }
}
