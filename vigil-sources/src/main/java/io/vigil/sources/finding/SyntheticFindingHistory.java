package io.vigil.sources.finding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded history of finding updates in the services' formats: Inspector vulnerabilities that are
 * rescanned and some closed, GuardDuty threats that recur and some are archived, and GuardDuty threats
 * whose updates arrive half natively and half as Security Hub copies. Each update knows the state it
 * leaves, so a run can check the engine against the newest update of every finding.
 */
public final class SyntheticFindingHistory {

    private static final String[] CVES = {"CVE-2024-6387", "CVE-2023-44487", "CVE-2024-3094", "CVE-2023-4863",
            "CVE-2024-21626", "CVE-2023-38545", "CVE-2022-3602", "CVE-2024-2961"};
    private static final String[] PACKAGES = {"openssh", "nghttp2", "xz", "libwebp", "runc", "curl", "openssl", "glibc"};
    private static final String[] THREATS = {"UnauthorizedAccess:EC2/SSHBruteForce", "Recon:EC2/Portscan",
            "UnauthorizedAccess:EC2/TorIPCaller", "Backdoor:EC2/C&CActivity.B"};

    /**
     * One update as read from a source.
     *
     * @param dataset   the dataset that reads it ({@code inspector}, {@code guardduty}, {@code securityhub})
     * @param record    the finding in that source's format
     * @param stateId   the {@code _id} of the finding's latest state
     * @param status    the {@code finding.status} this update leaves
     */
    public record Update(String dataset, ObjectNode record, String stateId, Instant updatedAt, String status) {
    }

    private final Random random;
    private final Instant start;

    public SyntheticFindingHistory(Random random, Instant start) {
        this.random = random;
        this.start = start;
    }

    /** {@code findings} findings with {@code updatesEach} updates each, in the order they happened per finding. */
    public List<Update> generate(int findings, int updatesEach) {
        List<Update> updates = new ArrayList<>(findings * updatesEach);
        for (int i = 0; i < findings; i++) {
            Instant first = start.plusSeconds(random.nextInt(86_400 * 20));
            String account = "1111222233" + String.format("%02d", i % 7);
            String region = i % 2 == 0 ? "eu-west-1" : "us-east-1";
            for (int u = 0; u < updatesEach; u++) {
                Instant at = first.plus(Duration.ofMinutes(30L * u + random.nextInt(29))).plusMillis(random.nextInt(1000));
                boolean last = u == updatesEach - 1;
                updates.add(switch (i % 3) {
                    case 0 -> vulnerability(i, account, region, first, at, last && random.nextBoolean());
                    case 1 -> threat(i, account, region, first, at, u + 1, last && random.nextInt(10) < 3, false);
                    default -> threat(i, account, region, first, at, u + 1, last && random.nextInt(10) < 3, u % 2 == 1);
                });
            }
        }
        return updates;
    }

    private Update vulnerability(int i, String account, String region, Instant first, Instant at, boolean closed) {
        int pick = i % CVES.length;
        SyntheticFindings.Vulnerability v = new SyntheticFindings.Vulnerability(account, region,
                String.format("%032x", i), "i-0" + String.format("%016x", i / 4), CVES[pick], PACKAGES[pick],
                "1.0." + pick, "1.0." + (pick + 1), 9.8 - pick, pick < 2 ? "CRITICAL" : pick < 5 ? "HIGH" : "MEDIUM",
                closed ? "CLOSED" : "ACTIVE", first, at);
        return new Update("inspector", SyntheticFindings.inspector(v),
                FindingDocuments.stateId(FindingSource.INSPECTOR, v.arn()), at, closed ? "resolved" : "open");
    }

    private Update threat(int i, String account, String region, Instant first, Instant at, int count, boolean archived,
                          boolean throughSecurityHub) {
        SyntheticFindings.Threat t = new SyntheticFindings.Threat(account, region, "d" + String.format("%031x", i % 7),
                String.format("%032x", i), THREATS[i % THREATS.length], i % 5 == 0 ? 8.0 : 5.0,
                "i-0" + String.format("%016x", i / 4), "203.0.113." + (i % 250 + 1), "Netherlands", "NL",
                "Amsterdam", 52.37, 4.89, "Example Hosting", i % 4 == 0 ? 3389 : 22, count, archived, first, at);
        ObjectNode record = throughSecurityHub ? SyntheticFindings.securityHubCopy(t) : SyntheticFindings.guardDuty(t);
        return new Update(throughSecurityHub ? "securityhub" : "guardduty", record,
                FindingDocuments.stateId(FindingSource.GUARDDUTY, t.arn()), at, archived ? "resolved" : "open");
    }
}
