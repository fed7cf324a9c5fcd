package io.vigil.sources.securityhub;

import static io.vigil.sources.securityhub.AsffSample.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.FindingSource;
import org.junit.jupiter.api.Test;

class AsffIdentityTest {

    @Test
    void aSecurityHubFindingIsItsProductArnWithItsId() throws BadRecordException {
        AsffIdentity identity = AsffIdentity.of(fields(AsffSample.finding()));

        assertThat(identity.source()).isEqualTo(FindingSource.SECURITYHUB);
        assertThat(identity.nativeId()).isEqualTo(AsffSample.PRODUCT + "|finding-1");
        assertThat(identity.copied()).isEmpty();
        assertThat(identity.copyId()).isNull();
    }

    @Test
    void copiesAreTheGuardDutyAndInspectorFindingsTheyCopy() throws BadRecordException {
        AsffIdentity guardDuty = AsffIdentity.of(fields(AsffSample.guardDutyCopy()));
        AsffIdentity inspector = AsffIdentity.of(fields(AsffSample.inspectorCopy()));
        String classicArn = "arn:aws:inspector:us-west-2:123456789012:target/0-0kFIPusq/template/0-4r1V2mAw/run/"
                + "0-MKkpXXPE/finding/0-HwPnsDm4";
        AsffIdentity classic = AsffIdentity.of(fields(AsffSample.inspectorCopy().put("Id", classicArn)));

        assertThat(guardDuty.source()).isEqualTo(FindingSource.GUARDDUTY);
        assertThat(guardDuty.nativeId()).isEqualTo(AsffSample.GUARDDUTY_ARN);
        assertThat(guardDuty.copyId()).isEqualTo(AsffSample.GUARDDUTY_ARN);
        assertThat(guardDuty.isCopyOf(CopiedService.GUARDDUTY)).isTrue();
        assertThat(inspector.source()).isEqualTo(FindingSource.INSPECTOR);
        assertThat(inspector.nativeId()).isEqualTo(AsffSample.INSPECTOR_ARN);
        assertThat(classic.source()).isEqualTo(FindingSource.INSPECTOR);
        assertThat(classic.nativeId()).isEqualTo(classicArn);
    }

    @Test
    void aCopyWhoseIdIsNoFindingArnCannotBeLinkedAndStaysASecurityHubFinding() throws BadRecordException {
        for (String id : new String[] {"46ba0ac2845071e23ccdeb2ae03bfdea", AsffSample.INSPECTOR_ARN,
            AsffSample.GUARDDUTY_ARN + "/extra", "arn:aws:guardduty:eu-west-1:1234:detector/d1/finding/f1"}) {
            AsffIdentity identity = AsffIdentity.of(fields(AsffSample.guardDutyCopy().put("Id", id)));
            assertThat(identity.source()).as(id).isEqualTo(FindingSource.SECURITYHUB);
            assertThat(identity.nativeId()).isEqualTo(AsffSample.GUARDDUTY_PRODUCT + "|" + id);
        }
        AsffIdentity otherProduct = AsffIdentity.of(fields(AsffSample.finding().put("Id", AsffSample.GUARDDUTY_ARN)));
        assertThat(otherProduct.source()).as("a GuardDuty ARN from another product").isEqualTo(FindingSource.SECURITYHUB);
    }

    @Test
    void idAndProductArnAreRequiredAndBounded() {
        ObjectNode noId = AsffSample.finding();
        noId.remove("Id");
        ObjectNode noProduct = AsffSample.finding();
        noProduct.remove("ProductArn");

        assertThatThrownBy(() -> AsffIdentity.of(fields(noId))).isInstanceOf(BadRecordException.class)
                .hasMessage("ASFF finding without Id: not a Security Hub finding, or one that cannot be told apart from others");
        assertThatThrownBy(() -> AsffIdentity.of(fields(noProduct))).isInstanceOf(BadRecordException.class)
                .hasMessage("ASFF finding 'finding-1' has no ProductArn: a finding is identified by its ProductArn with its Id");
        assertThatThrownBy(() -> AsffIdentity.of(fields(AsffSample.finding().put("Id", "x".repeat(3000)))))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("longer than 2048");
    }
}
