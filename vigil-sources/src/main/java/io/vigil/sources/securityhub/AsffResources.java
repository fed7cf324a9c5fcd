package io.vigil.sources.securityhub;

import io.vigil.sources.aws.Arn;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import java.util.Optional;

/**
 * The {@code Resources} of an ASFF finding as {@code resource.type} and {@code resource.id}: the ASFF
 * {@code Type} and {@code Id} (ARNs in canonical form). For copies of GuardDuty and Inspector findings,
 * the resource kinds those services name are written as the services' own findings write them (type
 * and id), so a finding's resources do not depend on the path it came by:
 *
 * <table>
 *   <caption>ASFF resource of a copy, and the resource the service's own finding names</caption>
 *   <tr><th>ASFF Type</th><th>GuardDuty</th><th>Inspector</th></tr>
 *   <tr><td>AwsEc2Instance</td><td>Instance, instance id</td><td>AWS_EC2_INSTANCE, instance id</td></tr>
 *   <tr><td>AwsIamAccessKey</td><td>AccessKey, access key id</td><td></td></tr>
 *   <tr><td>AwsS3Bucket</td><td>S3Bucket, ARN</td><td></td></tr>
 *   <tr><td>AwsEksCluster, AwsEcsCluster</td><td>EKSCluster, ECSCluster, ARN</td><td></td></tr>
 *   <tr><td>AwsLambdaFunction</td><td>Lambda, ARN</td><td>AWS_LAMBDA_FUNCTION, ARN</td></tr>
 *   <tr><td>AwsRdsDbInstance</td><td>RDSDBInstance, ARN</td><td></td></tr>
 *   <tr><td>AwsEcrContainerImage, AwsEcrRepository</td><td></td><td>AWS_ECR_CONTAINER_IMAGE, AWS_ECR_REPOSITORY, ARN</td></tr>
 * </table>
 * Other kinds keep their ASFF type and id. The IAM principal of a GuardDuty access key is the user
 * ({@code user.name}), as GuardDuty's own findings name it.
 */
final class AsffResources {

    private static final String ACCESS_KEY_PREFIX = "AWS::IAM::AccessKey:";

    private AsffResources() {
    }

    static void write(JsonFields finding, Optional<CopiedService> copied, FindingUpdate.Builder update) {
        for (JsonFields resource : finding.elements("Resources")) {
            String type = resource.text("Type");
            String id = Arn.canonical(resource.text("Id"));
            if (type == null || id == null) {
                continue;
            }
            String nativeType = copied.map(service -> nativeType(service, type)).orElse(null);
            if (nativeType == null) {
                update.resource(type, id);
            } else {
                update.resource(nativeType, nativeId(type, id));
            }
            if (copied.filter(CopiedService.GUARDDUTY::equals).isPresent() && type.equals("AwsIamAccessKey")) {
                JsonFields key = resource.child("Details").child("AwsIamAccessKey");
                String user = key.text("PrincipalName");
                update.field("user.name", user != null ? user : key.text("UserName"));
            }
        }
    }

    private static String nativeType(CopiedService service, String asffType) {
        return switch (service) {
            case GUARDDUTY -> switch (asffType) {
                case "AwsEc2Instance" -> "Instance";
                case "AwsIamAccessKey" -> "AccessKey";
                case "AwsS3Bucket" -> "S3Bucket";
                case "AwsEksCluster" -> "EKSCluster";
                case "AwsEcsCluster" -> "ECSCluster";
                case "AwsLambdaFunction" -> "Lambda";
                case "AwsRdsDbInstance" -> "RDSDBInstance";
                default -> null;
            };
            case INSPECTOR -> switch (asffType) {
                case "AwsEc2Instance" -> "AWS_EC2_INSTANCE";
                case "AwsEcrContainerImage" -> "AWS_ECR_CONTAINER_IMAGE";
                case "AwsEcrRepository" -> "AWS_ECR_REPOSITORY";
                case "AwsLambdaFunction" -> "AWS_LAMBDA_FUNCTION";
                default -> null;
            };
        };
    }

    /** The id the service names a resource by: the instance id of an instance ARN, the key id of an access key. */
    private static String nativeId(String asffType, String id) {
        if (asffType.equals("AwsEc2Instance")) {
            int instance = id.lastIndexOf(":instance/");
            return instance >= 0 && id.startsWith("arn:") ? id.substring(instance + ":instance/".length()) : id;
        }
        if (asffType.equals("AwsIamAccessKey") && id.startsWith(ACCESS_KEY_PREFIX)) {
            return id.substring(ACCESS_KEY_PREFIX.length());
        }
        return id;
    }
}
