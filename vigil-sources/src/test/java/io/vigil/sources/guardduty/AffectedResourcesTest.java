package io.vigil.sources.guardduty;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static io.vigil.sources.Ingested.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

/** The resources of a finding, in the shapes of GuardDuty's API reference where the shared files lack them. */
class AffectedResourcesTest {

    @Test
    void aLambdaFunctionByItsArnElseItsName() throws BadRecordException {
        Document byArn = event("""
                {"resourceType":"Lambda","lambdaDetails":{"functionName":"resize",
                  "functionArn":"arn:aws:lambda:eu-west-1:111122223333:function:resize"}}""");
        assertThat(texts(byArn, "resource.type")).containsExactly("Lambda");
        assertThat(texts(byArn, "resource.id")).containsExactly("arn:aws:lambda:eu-west-1:111122223333:function:resize");
        Document byName = event("{\"resourceType\":\"Lambda\",\"lambdaDetails\":{\"functionName\":\"resize\"}}");
        assertThat(texts(byName, "resource.id")).containsExactly("resize");
    }

    @Test
    void everyBucketAndClusterCountsTheNamedTypeFirst() throws BadRecordException {
        Document event = event("""
                {"resourceType":"S3Bucket",
                 "accessKeyDetails":{"accessKeyId":"AKIAEXAMPLE","userName":"deploy"},
                 "s3BucketDetails":[{"arn":"arn:aws:s3:::logs","name":"logs"},{"name":"backups"},{"type":"Destination"}],
                 "ecsClusterDetails":{"name":"web","arn":"arn:aws:ecs:eu-west-1:111122223333:cluster/web"}}""");
        assertThat(texts(event, "resource.type")).containsExactly("S3Bucket", "S3Bucket", "AccessKey", "ECSCluster");
        assertThat(texts(event, "resource.id")).containsExactly("arn:aws:s3:::logs", "backups", "AKIAEXAMPLE",
                "arn:aws:ecs:eu-west-1:111122223333:cluster/web");
        assertThat(text(event, "user.name")).isEqualTo("deploy");
    }

    @Test
    void anRdsInstanceByItsIdentifierWhenItHasNoArn() throws BadRecordException {
        Document event = event("""
                {"resourceType":"RDSDBInstance","rdsDbInstanceDetails":{"dbInstanceIdentifier":"orders-1"},
                 "rdsDbUserDetails":{"user":"app"}}""");
        assertThat(texts(event, "resource.id")).containsExactly("orders-1");
        assertThat(text(event, "user.name")).isEqualTo("app");
    }

    @Test
    void noResourceIsMarkedMissing() throws BadRecordException {
        Document event = event("{\"resourceType\":\"Instance\",\"instanceDetails\":{\"instanceId\":\"\"},\"s3BucketDetails\":\"x\"}");
        assertThat(node(event, "resource")).isNull();
        assertThat(texts(event, "finding.missing")).containsExactly("resource.id");
        assertThat(node(event, "user")).isNull();
    }

    private static Document event(String resourceJson) throws BadRecordException {
        ObjectNode finding = TestFinding.minimal();
        finding.set("resource", TestFinding.parse(resourceJson));
        return TestFinding.event(finding);
    }
}
