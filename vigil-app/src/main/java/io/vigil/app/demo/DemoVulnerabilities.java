package io.vigil.app.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.sources.finding.SyntheticFindings;
import io.vigil.sources.finding.SyntheticFindings.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Inspector findings of the 30 days: {@value #FINDINGS} package vulnerabilities on the 20
 * instances, each instance rescanned every three days (every open finding gets an update), most
 * findings known before the 30 days, the others found by a later scan, and the fixable ones of
 * patched instances closed at the first scan after the patch. One is the remediation story: Log4Shell
 * on the storefront's web-2, found on day {@value #REMEDIATION_DAY}, updated daily while active, and
 * closed exactly seven days after it was first observed.
 */
final class DemoVulnerabilities {

    static final int FINDINGS = 150;
    static final String REMEDIATED_INSTANCE = "web-2";
    /** The day Log4Shell is found, counted from the oldest day (0) of the 30. */
    static final int REMEDIATION_DAY = 8;
    static final Duration REMEDIATION = Duration.ofDays(7);
    private static final Duration RESCAN = Duration.ofDays(3);
    private static final double KNOWN_BEFORE = 0.6;
    private static final double PATCHED = 0.45;
    private static final double CLOSED_BY_PATCH = 0.85;

    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final List<FindingRecord> updates = new ArrayList<>();

    DemoVulnerabilities(SplittableRandom random, Instant start, Instant end) {
        this.random = random;
        this.start = start;
        this.end = end;
        remediation();
        int others = FINDINGS - 1;
        List<Instance> instances = DemoEstate.INSTANCES;
        for (int i = 0; i < instances.size(); i++) {
            // spread the findings evenly: the first instances get one more
            int count = others / instances.size() + (i < others % instances.size() ? 1 : 0);
            scanned(instances.get(i), count);
        }
    }

    /** Every update, as {@code ListFindings} returns it on the day it happened. */
    List<FindingRecord> updates() {
        return updates;
    }

    /** The ARN of the remediation story's finding. */
    static String remediationArn() {
        Instance instance = DemoEstate.instance(REMEDIATED_INSTANCE);
        return arn(instance, AwsIds.hexOf("finding/log4shell", 32));
    }

    private void remediation() {
        Instance instance = DemoEstate.instance(REMEDIATED_INSTANCE);
        Instant found = start.plus(Duration.ofDays(REMEDIATION_DAY)).plusSeconds(9 * 3600 + 12 * 60 + 37);
        String id = AwsIds.hexOf("finding/log4shell", 32);
        for (int day = 0; day < REMEDIATION.toDays(); day++) {
            add(instance, Cve.LOG4SHELL, id, "ACTIVE", found, found.plus(Duration.ofDays(day)), found.plus(Duration.ofDays(day)));
        }
        Instant closed = found.plus(REMEDIATION);
        add(instance, Cve.LOG4SHELL, id, "CLOSED", found, closed.minus(Duration.ofDays(1)), closed);
    }

    private void scanned(Instance instance, int count) {
        List<Instant> scans = new ArrayList<>();
        for (Instant scan = start.plusSeconds(random.nextLong(RESCAN.getSeconds())); scan.plusSeconds(600).isBefore(end);
             scan = scan.plus(RESCAN).plusSeconds(random.nextInt(1800))) {
            scans.add(scan);
        }
        Instant patched = random.nextDouble() < PATCHED
                ? start.plus(Duration.ofDays(6)).plusSeconds(random.nextLong(Duration.ofDays(20).getSeconds())) : null;
        for (Cve cve : candidates(instance, count)) {
            String id = AwsIds.hex(random, 32);
            int firstScan = random.nextDouble() < KNOWN_BEFORE ? 0 : 1 + random.nextInt(scans.size() - 1);
            Instant firstObserved = firstScan == 0
                    ? start.minus(Duration.ofDays(3 + random.nextInt(70))).minusSeconds(random.nextInt(86_400))
                    : scans.get(firstScan);
            boolean closes = patched != null && cve.fixed() != null && random.nextDouble() < CLOSED_BY_PATCH;
            Instant lastSeen = firstObserved;
            for (int s = firstScan; s < scans.size(); s++) {
                Instant at = scans.get(s).plusSeconds(random.nextInt(300));
                if (closes && s > firstScan && scans.get(s).isAfter(patched)) {
                    add(instance, cve, id, "CLOSED", firstObserved, lastSeen, at);
                    break;
                }
                add(instance, cve, id, "ACTIVE", firstObserved, at, at);
                lastSeen = at;
            }
        }
    }

    /** {@code count} different vulnerabilities of the instance's packages (Java libraries only on application servers). */
    private List<Cve> candidates(Instance instance, int count) {
        boolean application = instance.name().startsWith("web-") || instance.name().startsWith("api-");
        List<Cve> candidates = new ArrayList<>(Cve.CATALOG.stream().filter(cve -> application || !cve.jar()).toList());
        for (int i = candidates.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            candidates.set(i, candidates.set(j, candidates.get(i)));
        }
        return candidates.subList(0, count);
    }

    private void add(Instance instance, Cve cve, String id, String status, Instant firstObserved, Instant lastObserved,
                     Instant updatedAt) {
        Vulnerability vulnerability = new Vulnerability(instance.account(), instance.region(), id, instance.id(), cve.id(),
                cve.packageName(), cve.installed(), cve.fixed(), cve.cvss(), cve.severity(), status, firstObserved,
                updatedAt);
        ObjectNode finding = SyntheticFindings.inspector(vulnerability);
        finding.put("lastObservedAt", lastObserved.toString());
        finding.put("exploitAvailable", cve.exploited() ? "YES" : "NO");
        if (cve.jar()) {
            ObjectNode vulnerable = (ObjectNode) finding.path("packageVulnerabilityDetails").path("vulnerablePackages").get(0);
            vulnerable.put("packageManager", "JAR");
            vulnerable.put("filePath", "/opt/" + instance.project() + "/lib/"
                    + cve.packageName().substring(cve.packageName().indexOf(':') + 1) + "-" + cve.installed() + ".jar");
            vulnerable.remove("remediation");
        }
        updates.add(new FindingRecord(instance.account(), instance.region(), arn(instance, id), updatedAt, updatedAt,
                finding));
    }

    private static String arn(Instance instance, String id) {
        return "arn:aws:inspector2:" + instance.region() + ":" + instance.account() + ":finding/" + id;
    }
}
