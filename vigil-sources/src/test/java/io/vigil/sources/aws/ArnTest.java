package io.vigil.sources.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArnTest {

    @Test
    void serviceRegionAndAccountOfAFindingArn() {
        assertThat(Arn.parse("arn:aws:inspector2:us-east-2:123456789012:finding/be674aaddd0f75ac632055EXAMPLE"))
                .contains(new Arn("inspector2", "us-east-2", "123456789012"));
        assertThat(Arn.parse("arn:aws:inspector:us-west-2:123456789012:target/0-0kFIPusq/template/0-4r1V2mAw/run/"
                + "0-MKkpXXPE/finding/0-HwPnsDm4")).contains(new Arn("inspector", "us-west-2", "123456789012"));
        assertThat(Arn.parse("arn:aws-us-gov:inspector2:us-gov-west-1:123456789012:finding/x"))
                .contains(new Arn("inspector2", "us-gov-west-1", "123456789012"));
    }

    @Test
    void partsThatAreNotOfTheirKindAreAbsent() {
        assertThat(Arn.parse("arn:aws:s3:::bucket")).contains(new Arn("s3", null, null));
        assertThat(Arn.parse("arn:aws:inspector2:N/A:12:finding/x")).contains(new Arn("inspector2", null, null));
    }

    @Test
    void textThatIsNoArn() {
        assertThat(Arn.parse(null)).isEmpty();
        assertThat(Arn.parse("i-0b22a22eec53b9321")).isEmpty();
        assertThat(Arn.parse("arn:aws:inspector2")).isEmpty();
    }

    @Test
    void theRegionIsTheFourthField() {
        assertThat(Arn.regionOf("arn:aws:securityhub:us-east-1::product/aws/securityhub")).isEqualTo("us-east-1");
        assertThat(Arn.regionOf("arn:aws-us-gov:securityhub:us-gov-west-1::product/aws/guardduty")).isEqualTo("us-gov-west-1");
        assertThat(Arn.regionOf("arn:aws:s3:::bucket")).isNull();
        assertThat(Arn.regionOf("arn:aws:x:N/A:1:y")).isNull();
        assertThat(Arn.regionOf("product/aws/securityhub")).isNull();
        assertThat(Arn.regionOf(null)).isNull();
    }

    @Test
    void regionNames() {
        assertThat(Arn.isRegion("eu-central-1")).isTrue();
        assertThat(Arn.isRegion("ap-southeast-4")).isTrue();
        assertThat(Arn.isRegion("us-gov-west-1")).isTrue();
        assertThat(Arn.isRegion("N/A")).isFalse();
        assertThat(Arn.isRegion("")).isFalse();
        assertThat(Arn.isRegion(null)).isFalse();
    }

    @Test
    void anEmptyFieldBeforeTheServiceIsRemoved() {
        assertThat(Arn.canonical("arn:aws::guardduty:us-east-1:193043430472:detector/d4/finding/46"))
                .isEqualTo("arn:aws:guardduty:us-east-1:193043430472:detector/d4/finding/46");
        assertThat(Arn.canonical("arn:aws::securityhub:us-east-1::product/aws/guardduty"))
                .isEqualTo("arn:aws:securityhub:us-east-1::product/aws/guardduty");
        assertThat(Arn.canonical("arn:aws-us-gov::s3:::bucket")).isEqualTo("arn:aws-us-gov:s3:::bucket");
    }

    @Test
    void validArnsAndOtherTextStayAsTheyAre() {
        for (String text : new String[] {"arn:aws:guardduty:us-east-1:193043430472:detector/d4/finding/46",
            "arn:aws:securityhub:us-east-1::product/aws/guardduty", "arn:aws:s3:::bucket", "arn:aws:iam::111122223333:root",
            "AWS::::Account:111111111111", "finding-1", "arn:", "arn:aws::", "arn:aws::Not A Service:x:y:z", ""}) {
            assertThat(Arn.canonical(text)).as(text).isEqualTo(text);
        }
        assertThat(Arn.canonical(null)).isNull();
    }
}
