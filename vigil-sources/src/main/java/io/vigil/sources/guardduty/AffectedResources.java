package io.vigil.sources.guardduty;

import io.vigil.sources.finding.FindingResource;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The resources a GuardDuty finding is about, from the detail blocks of its {@code resource}: every
 * block present counts (an S3 finding names the bucket and the access key that reached it, a runtime
 * finding the container and its instance), the one its {@code resourceType} names first. Types are
 * GuardDuty's own {@code resourceType} values.
 */
final class AffectedResources {

    private AffectedResources() {
    }

    static void write(JsonFields resource, FindingUpdate.Builder update) {
        List<FindingResource> found = new ArrayList<>();
        add(found, "Instance", resource.child("instanceDetails").text("instanceId"));
        JsonFields accessKey = resource.child("accessKeyDetails");
        add(found, "AccessKey", accessKey.text("accessKeyId"));
        for (JsonFields bucket : resource.elements("s3BucketDetails")) {
            add(found, "S3Bucket", either(bucket, "arn", "name"));
        }
        add(found, "EKSCluster", either(resource.child("eksClusterDetails"), "arn", "name"));
        add(found, "ECSCluster", either(resource.child("ecsClusterDetails"), "arn", "name"));
        add(found, "Container", either(resource.child("containerDetails"), "id", "name"));
        add(found, "Lambda", either(resource.child("lambdaDetails"), "functionArn", "functionName"));
        add(found, "RDSDBInstance", either(resource.child("rdsDbInstanceDetails"), "dbInstanceArn", "dbInstanceIdentifier"));
        String named = resource.text("resourceType");
        found.stream()
                .sorted(Comparator.comparing(candidate -> !candidate.type().equals(named)))
                .forEach(candidate -> update.resource(candidate.type(), candidate.id()));
        update.field("user.name", userName(resource, accessKey));
    }

    /** Who acted: the IAM user of the access key, else the Kubernetes or database user. */
    private static String userName(JsonFields resource, JsonFields accessKey) {
        String name = accessKey.text("userName");
        if (name == null) {
            name = resource.child("kubernetesDetails").child("kubernetesUserDetails").text("username");
        }
        return name != null ? name : resource.child("rdsDbUserDetails").text("user");
    }

    private static String either(JsonFields details, String preferred, String fallback) {
        String value = details.text(preferred);
        return value != null ? value : details.text(fallback);
    }

    private static void add(List<FindingResource> found, String type, String id) {
        if (id != null) {
            found.add(new FindingResource(type, id));
        }
    }
}
