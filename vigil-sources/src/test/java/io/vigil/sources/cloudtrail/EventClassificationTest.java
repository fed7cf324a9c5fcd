package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventClassificationTest {

    private static String of(String name, String source, Boolean readOnly) {
        EventClassification.Classification c = EventClassification.of(name, source, readOnly);
        return c.categories() + " " + c.types();
    }

    @Test
    void signInsAndSessionStartsAreAuthentication() {
        assertThat(of("ConsoleLogin", "signin.amazonaws.com", null)).isEqualTo("[authentication] [start]");
        assertThat(of("AssumeRoleWithSAML", "sts.amazonaws.com", true)).isEqualTo("[authentication] [start]");
        assertThat(of("GetSessionToken", "sts.amazonaws.com", true)).isEqualTo("[authentication] [start]");
        assertThat(of("ExitRole", "signin.amazonaws.com", null)).isEqualTo("[authentication] [end]");
        assertThat(of("CheckMfa", "signin.amazonaws.com", null)).isEqualTo("[authentication] [info]");
    }

    @Test
    void iamCallsAreIamWithTheirVerbAndSubject() {
        assertThat(of("CreateUser", "iam.amazonaws.com", false)).isEqualTo("[iam] [creation, user]");
        assertThat(of("AddUserToGroup", "iam.amazonaws.com", false)).isEqualTo("[iam] [change, group]");
        assertThat(of("DeleteRolePolicy", "iam.amazonaws.com", false)).isEqualTo("[iam] [deletion]");
        assertThat(of("ListRoles", "iam.amazonaws.com", true)).isEqualTo("[iam] [info]");
    }

    @Test
    void otherCallsAreApiTypedByVerbElseByReadOnly() {
        assertThat(of("RunInstances", "ec2.amazonaws.com", false)).isEqualTo("[api] [creation]");
        assertThat(of("TerminateInstances", "ec2.amazonaws.com", false)).isEqualTo("[api] [deletion]");
        assertThat(of("AuthorizeSecurityGroupIngress", "ec2.amazonaws.com", false)).isEqualTo("[api] [change]");
        assertThat(of("DescribeInstances", "ec2.amazonaws.com", true)).isEqualTo("[api] [info]");
        assertThat(of("Decrypt", "kms.amazonaws.com", true)).isEqualTo("[api] [info]");
        assertThat(of("BatchWriteItem", "dynamodb.amazonaws.com", false)).isEqualTo("[api] [change]");
        assertThat(EventClassification.of(null, null, null).categories()).isEqualTo(List.of("api"));
    }
}
