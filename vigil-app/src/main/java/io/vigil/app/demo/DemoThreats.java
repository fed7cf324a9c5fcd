package io.vigil.app.demo;

import static io.vigil.app.demo.Json.array;
import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.sources.finding.SyntheticFindings;
import io.vigil.sources.finding.SyntheticFindings.Threat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The GuardDuty findings of the 30 days, {@value #FINDINGS} of them, and their updates as GuardDuty
 * exports them to S3; part of them also reach Security Hub, whose copies arrive as EventBridge
 * events. One is the SSH brute force story: the payments bastion attacked from one address in
 * China, the finding's count rising over five days until someone archives it.
 *
 * <p>GuardDuty exports a new finding within about five minutes and later occurrences every six hours,
 * so no finding has two updates in one export. The archiving is exported too, and copied to Security Hub.
 */
final class DemoThreats {

    static final int FINDINGS = 40;
    static final String BRUTE_FORCE_INSTANCE = "payments-bastion";
    static final Place BRUTE_FORCE_FROM = DemoEstate.NANJING;
    /** The attack's first day, counted from the oldest day (0) of the 30. */
    static final int BRUTE_FORCE_DAY = 12;
    /** The finding's count at each update; the archiving update keeps the last. */
    static final List<Integer> BRUTE_FORCE_COUNTS = List.of(7, 46, 219, 658, 1_402, 2_877);
    private static final double COPIED = 0.35;
    private static final double ARCHIVED = 0.3;
    private static final Duration EXPORT_EVERY = Duration.ofHours(6);
    private static final List<ThreatKind> KINDS = kinds();

    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final List<FindingRecord> exported = new ArrayList<>();
    private final List<FindingRecord> copied = new ArrayList<>();

    DemoThreats(SplittableRandom random, Instant start, Instant end) {
        this.random = random;
        this.start = start;
        this.end = end;
        bruteForce();
        for (ThreatKind kind : KINDS) {
            other(kind);
        }
    }

    /** Each update as GuardDuty exports it to S3. */
    List<FindingRecord> exported() {
        return exported;
    }

    /** Security Hub's copies of the updates of part of the findings, as EventBridge events. */
    List<FindingRecord> copied() {
        return copied;
    }

    /** The ARN of the brute force story's finding. */
    static String bruteForceArn() {
        Instance target = DemoEstate.instance(BRUTE_FORCE_INSTANCE);
        return "arn:aws:guardduty:" + target.region() + ":" + target.account() + ":detector/"
                + detector(target.account(), target.region()) + "/finding/" + bruteForceId();
    }

    private static String bruteForceId() {
        return AwsIds.hexOf("finding/ssh-brute-force", 32);
    }

    private void bruteForce() {
        Instance target = DemoEstate.instance(BRUTE_FORCE_INSTANCE);
        Instant first = start.plus(Duration.ofDays(BRUTE_FORCE_DAY)).plusSeconds(3 * 3600 + 17 * 60 + 22);
        String ip = BRUTE_FORCE_FROM.address("ssh-brute-force");
        List<Instant> times = new ArrayList<>();
        Instant time = first.plusSeconds(412);
        for (int i = 0; i < BRUTE_FORCE_COUNTS.size(); i++) {
            times.add(time);
            time = time.plus(Duration.ofHours(14)).plusSeconds(random.nextInt(3 * 3600));
        }
        times.add(time.plus(Duration.ofHours(9)));
        List<Integer> counts = new ArrayList<>(BRUTE_FORCE_COUNTS);
        counts.add(counts.get(counts.size() - 1));
        record(ThreatKind.SSH_BRUTE_FORCE, target, BRUTE_FORCE_FROM, ip, bruteForceId(), first, times, counts, true, true);
    }

    private void other(ThreatKind kind) {
        Instance target = DemoEstate.instance(kind.targets().get(random.nextInt(kind.targets().size())));
        Place from = kind == ThreatKind.TOR_IP_CALLER || kind == ThreatKind.TOR_CLIENT ? DemoEstate.TOR_EXITS
                : DemoEstate.ATTACKERS.get(random.nextInt(DemoEstate.ATTACKERS.size()));
        Instant first = start.plusSeconds(random.nextLong(Duration.ofDays(28).getSeconds()));
        List<Instant> times = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Instant time = first.plusSeconds(60 + random.nextInt(1200));
        int count = 1 + random.nextInt(5);
        for (int updates = 1 + random.nextInt(6); updates > 0 && time.isBefore(end); updates--) {
            times.add(time);
            counts.add(count);
            time = time.plus(EXPORT_EVERY).plusSeconds(random.nextLong(Duration.ofHours(34).getSeconds()));
            count += 1 + random.nextInt(count + 20);
        }
        boolean archived = random.nextDouble() < ARCHIVED && time.isBefore(end);
        if (archived) {
            times.add(time);
            counts.add(counts.get(counts.size() - 1));
        }
        record(kind, target, from, from.address(random), AwsIds.hex(random, 32), first, times, counts, archived,
                random.nextDouble() < COPIED);
    }

    /** The updates of one finding; the last one archives it when {@code archived}. */
    private void record(ThreatKind kind, Instance target, Place from, String ip, String id, Instant first,
                        List<Instant> times, List<Integer> counts, boolean archived, boolean copiedToSecurityHub) {
        int clientPort = 32768 + random.nextInt(28000);
        for (int i = 0; i < times.size(); i++) {
            Instant updatedAt = times.get(i);
            Threat threat = new Threat(target.account(), target.region(), detector(target.account(), target.region()), id,
                    kind.type(), kind.severity(), target.id(), ip, from.country(), from.countryCode(), from.city(),
                    from.latitude(), from.longitude(), from.organization(), kind.localPort(clientPort), counts.get(i),
                    archived && i == times.size() - 1, first, updatedAt);
            Instant exportedAt = i == 0 ? updatedAt.plusSeconds(240 + random.nextInt(60)) : nextExport(updatedAt);
            exported.add(new FindingRecord(target.account(), target.region(), threat.arn(), updatedAt, exportedAt,
                    kind.shape(SyntheticFindings.guardDuty(threat), threat)));
            if (copiedToSecurityHub) {
                Instant imported = updatedAt.plusSeconds(60 + random.nextInt(180));
                copied.add(new FindingRecord(target.account(), target.region(), threat.arn(), updatedAt, imported,
                        event(target, threat.arn(), imported, kind.shapeCopy(SyntheticFindings.securityHubCopy(threat),
                                threat))));
            }
        }
    }

    /** The EventBridge event Security Hub sends for an imported finding. */
    private ObjectNode event(Instance target, String arn, Instant time, ObjectNode finding) {
        return object("version", "0", "id", AwsIds.uuid(random), "detail-type", "Security Hub Findings - Imported",
                "source", "aws.securityhub", "account", target.account(), "time", time.toString(),
                "region", target.region(), "resources", array(arn), "detail", object("findings", array(finding)));
    }

    private static Instant nextExport(Instant updatedAt) {
        long every = EXPORT_EVERY.getSeconds();
        return Instant.ofEpochSecond((updatedAt.getEpochSecond() / every + 1) * every + 137);
    }

    private static String detector(String account, String region) {
        return AwsIds.hexOf("detector/" + account + "/" + region, 32);
    }

    /** How many findings of each kind the demo has besides the story: {@value #FINDINGS} with it. */
    private static List<ThreatKind> kinds() {
        List<ThreatKind> kinds = new ArrayList<>();
        addTimes(kinds, ThreatKind.SSH_BRUTE_FORCE, 11);
        addTimes(kinds, ThreatKind.RDP_BRUTE_FORCE, 4);
        addTimes(kinds, ThreatKind.TOR_IP_CALLER, 6);
        addTimes(kinds, ThreatKind.MALICIOUS_IP_CALLER, 5);
        addTimes(kinds, ThreatKind.PORTSCAN, 3);
        addTimes(kinds, ThreatKind.COMMAND_AND_CONTROL, 3);
        addTimes(kinds, ThreatKind.BITCOIN_TOOL, 2);
        addTimes(kinds, ThreatKind.TOR_CLIENT, 2);
        addTimes(kinds, ThreatKind.BLACKHOLE_TRAFFIC, 3);
        return List.copyOf(kinds);
    }

    private static void addTimes(List<ThreatKind> kinds, ThreatKind kind, int times) {
        for (int i = 0; i < times; i++) {
            kinds.add(kind);
        }
    }
}
