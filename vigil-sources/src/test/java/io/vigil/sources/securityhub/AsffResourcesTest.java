package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

class AsffResourcesTest {

    private static final String RESOURCES = """
            [{"Type": "AwsEc2Instance", "Id": "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"},
             {"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::my-bucket"},
             {"Type": "AwsIamAccessKey", "Id": "AWS::IAM::AccessKey:ASIAEXAMPLE",
              "Details": {"AwsIamAccessKey": {"PrincipalName": "alice"}}},
             {"Type": "AwsEcrContainerImage", "Id": "arn:aws:ecr:eu-west-1:111122223333:repository/r/sha256:ab"},
             {"Type": "Other", "Id": "thing-1"},
             {"Type": "NoId"}, {"Id": "no-type"}]
            """;

    private static Document withResources(ObjectNode finding) throws BadRecordException {
        finding.set("Resources", AsffSample.tree(RESOURCES));
        return AsffSample.normalize(finding);
    }

    @Test
    void securityHubFindingsKeepTheAsffTypesAndIds() throws BadRecordException {
        Document doc = withResources(AsffSample.finding());

        assertThat(Fields.texts(doc.source(), "resource.type")).containsExactly(
                "AwsEc2Instance", "AwsS3Bucket", "AwsIamAccessKey", "AwsEcrContainerImage", "Other");
        assertThat(Fields.texts(doc.source(), "resource.id")).containsExactly("arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc",
                "arn:aws:s3:::my-bucket", "AWS::IAM::AccessKey:ASIAEXAMPLE",
                "arn:aws:ecr:eu-west-1:111122223333:repository/r/sha256:ab", "thing-1");
        assertThat(text(doc, "user.name")).isNull();
    }

    @Test
    void guardDutyCopiesNameResourcesAsGuardDutyDoes() throws BadRecordException {
        Document doc = withResources(AsffSample.guardDutyCopy());

        assertThat(Fields.texts(doc.source(), "resource.type")).containsExactly(
                "Instance", "S3Bucket", "AccessKey", "AwsEcrContainerImage", "Other");
        assertThat(Fields.texts(doc.source(), "resource.id")).containsExactly("i-0abc", "arn:aws:s3:::my-bucket",
                "ASIAEXAMPLE", "arn:aws:ecr:eu-west-1:111122223333:repository/r/sha256:ab", "thing-1");
        assertThat(text(doc, "user.name")).isEqualTo("alice");
    }

    @Test
    void inspectorCopiesNameResourcesAsInspectorDoes() throws BadRecordException {
        Document doc = withResources(AsffSample.inspectorCopy());

        assertThat(Fields.texts(doc.source(), "resource.type")).containsExactly(
                "AWS_EC2_INSTANCE", "AwsS3Bucket", "AwsIamAccessKey", "AWS_ECR_CONTAINER_IMAGE", "Other");
        assertThat(Fields.texts(doc.source(), "resource.id")).startsWith("i-0abc");
        assertThat(text(doc, "user.name")).isNull();
    }
}
