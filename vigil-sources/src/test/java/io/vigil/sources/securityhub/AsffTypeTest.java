package io.vigil.sources.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsffTypeTest {

    private static final Optional<CopiedService> GUARDDUTY = Optional.of(CopiedService.GUARDDUTY);
    private static final Optional<CopiedService> INSPECTOR = Optional.of(CopiedService.INSPECTOR);

    @Test
    void aGuardDutyCopyHasGuardDutysType() {
        assertThat(AsffType.of(List.of("TTPs/Initial Access/UnauthorizedAccess:EC2-SSHBruteForce"), GUARDDUTY))
                .isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(AsffType.of(List.of("Effects/Data Exfiltration/Trojan:EC2-DNSDataExfiltration!DNS"), GUARDDUTY))
                .isEqualTo("Trojan:EC2/DNSDataExfiltration!DNS");
        // only the first '-' after the ':' stood for a '/'
        assertThat(AsffType.of(List.of("TTPs/Command and Control/Backdoor:EC2-C&CActivity.B-DNS"), GUARDDUTY))
                .isEqualTo("Backdoor:EC2/C&CActivity.B-DNS");
        assertThat(AsffType.of(List.of("TTPs/Privilege Escalation/PrivilegeEscalation:Runtime-DockerSocketAccessed",
                "Unusual Behaviors/Process"), GUARDDUTY)).isEqualTo("PrivilegeEscalation:Runtime/DockerSocketAccessed");
    }

    @Test
    void aGuardDutyCopyEntryOfAnotherFormIsKept() {
        assertThat(AsffType.of(List.of("TTPs/Discovery/IAMUser-AnomalousBehavior"), GUARDDUTY))
                .isEqualTo("TTPs/Discovery/IAMUser-AnomalousBehavior");
        assertThat(AsffType.of(List.of("TTPs/Discovery/Recon:IAMUser"), GUARDDUTY)).isEqualTo("TTPs/Discovery/Recon:IAMUser");
    }

    @Test
    void anInspectorCopyOfAPackageVulnerabilityHasInspectorsType() {
        assertThat(AsffType.of(List.of("Software and Configuration Checks/Vulnerabilities/CVE"), INSPECTOR))
                .isEqualTo("PACKAGE_VULNERABILITY");
        assertThat(AsffType.of(List.of("Software and Configuration Checks/AWS Security Best Practices/Network Reachability"),
                INSPECTOR)).isEqualTo("Software and Configuration Checks/AWS Security Best Practices/Network Reachability");
    }

    @Test
    void otherFindingsKeepTheirFirstType() {
        assertThat(AsffType.of(List.of("Software and Configuration Checks/Vulnerabilities/CVE",
                "Effects/Data Exposure"), Optional.empty())).isEqualTo("Software and Configuration Checks/Vulnerabilities/CVE");
        assertThat(AsffType.of(List.of("TTPs/Initial Access/UnauthorizedAccess:EC2-SSHBruteForce"), Optional.empty()))
                .isEqualTo("TTPs/Initial Access/UnauthorizedAccess:EC2-SSHBruteForce");
        assertThat(AsffType.of(List.of(), GUARDDUTY)).isNull();
    }
}
