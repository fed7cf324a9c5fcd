package io.vigil.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.sources.finding.SyntheticFindings;
import io.vigil.sources.finding.SyntheticFindings.Threat;
import io.vigil.sources.finding.SyntheticFindings.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finding updates of the {@link BenchEstate}'s accounts over the month before {@code end}, in the
 * services' formats: Inspector vulnerabilities of 150 CVEs (a few found on many instances) rescanned
 * every day or two, about half closed by a fix; GuardDuty threats of twelve types from addresses in
 * twenty places, recurring, some archived, and for some accounts arriving half as Security Hub copies.
 */
final class BenchFindings {

    /** One update as a source delivers it: the dataset that reads it and the record in its format. */
    record Update(String dataset, ObjectNode record, Instant at) {
    }

    private record ThreatType(String name, double severity, int port) {
    }

    private record Place(String country, String code, String city, double latitude, double longitude, String network) {
    }

    private static final Duration MONTH = Duration.ofDays(30);
    private static final int CVES = 150;
    private static final String[] PACKAGES = {"openssl", "openssh", "glibc", "curl", "libxml2", "zlib", "sudo", "python3",
            "nghttp2", "libwebp", "xz", "runc", "containerd", "kernel", "bind", "expat", "sqlite", "git", "vim", "tar"};
    private static final ThreatType[] THREATS = {
            new ThreatType("UnauthorizedAccess:EC2/SSHBruteForce", 5.0, 22),
            new ThreatType("Recon:EC2/PortProbeUnprotectedPort", 2.0, 8080),
            new ThreatType("UnauthorizedAccess:EC2/RDPBruteForce", 5.0, 3389),
            new ThreatType("UnauthorizedAccess:EC2/TorIPCaller", 5.0, 443),
            new ThreatType("Backdoor:EC2/C&CActivity.B", 8.0, 443),
            new ThreatType("CryptoCurrency:EC2/BitcoinTool.B!DNS", 8.0, 53),
            new ThreatType("Trojan:EC2/DNSDataExfiltration", 8.0, 53),
            new ThreatType("Recon:EC2/Portscan", 2.0, 80),
            new ThreatType("Impact:EC2/PortSweep", 5.0, 22),
            new ThreatType("UnauthorizedAccess:EC2/MaliciousIPCaller.Custom", 5.0, 443),
            new ThreatType("Backdoor:EC2/DenialOfService.Tcp", 8.0, 80),
            new ThreatType("Execution:Runtime/NewBinaryExecuted", 9.2, 22)};
    private static final Place[] PLACES = {
            new Place("Netherlands", "NL", "Amsterdam", 52.37, 4.89, "Example Hosting B.V."),
            new Place("United States", "US", "Ashburn", 39.04, -77.49, "Example Cloud LLC"),
            new Place("China", "CN", "Beijing", 39.90, 116.40, "Example Telecom"),
            new Place("Russia", "RU", "Moscow", 55.75, 37.62, "Example Networks"),
            new Place("Brazil", "BR", "Sao Paulo", -23.55, -46.63, "Example Fibra"),
            new Place("India", "IN", "Mumbai", 19.08, 72.88, "Example Broadband"),
            new Place("Germany", "DE", "Frankfurt am Main", 50.11, 8.68, "Example Rechenzentrum"),
            new Place("Viet Nam", "VN", "Hanoi", 21.03, 105.85, "Example VNPT"),
            new Place("Korea, Republic of", "KR", "Seoul", 37.57, 126.98, "Example Korea Telecom"),
            new Place("Iran", "IR", "Tehran", 35.69, 51.39, "Example Data Center"),
            new Place("Singapore", "SG", "Singapore", 1.35, 103.82, "Example Asia Pacific"),
            new Place("Ukraine", "UA", "Kyiv", 50.45, 30.52, "Example Hosting UA"),
            new Place("France", "FR", "Paris", 48.86, 2.35, "Example Cloud SAS"),
            new Place("United Kingdom", "GB", "London", 51.51, -0.13, "Example Hosting Ltd"),
            new Place("Indonesia", "ID", "Jakarta", -6.21, 106.85, "Example Indonesia"),
            new Place("Turkey", "TR", "Istanbul", 41.01, 28.98, "Example Turk"),
            new Place("South Africa", "ZA", "Johannesburg", -26.20, 28.05, "Example Africa"),
            new Place("Japan", "JP", "Tokyo", 35.68, 139.69, "Example Japan KK"),
            new Place("Romania", "RO", "Bucharest", 44.43, 26.10, "Example Romania SRL"),
            new Place("Argentina", "AR", "Buenos Aires", -34.60, -58.38, "Example Argentina")};

    private final long seed;
    private final Instant end;

    BenchFindings(long seed, Instant end) {
        this.seed = seed;
        this.end = end;
    }

    /** The CVE of pick {@code n}: the first few are the well-known ones. */
    static String cve(int n) {
        String[] known = {"CVE-2024-6387", "CVE-2023-44487", "CVE-2024-3094", "CVE-2023-4863", "CVE-2024-21626"};
        return n < known.length ? known[n] : String.format("CVE-%d-%05d", 2019 + n % 6, 10_000 + n * 337 % 90_000);
    }

    /** About {@code updates} updates (exactly, unless the month ends first), in time order. */
    List<Update> generate(int updates) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Update> history = new ArrayList<>(updates);
        for (int finding = 0; history.size() < updates; finding++) {
            int count = Math.min(updates - history.size(), 1 + random.nextInt(7));
            Instant first = end.minus(MONTH).plusSeconds(random.nextLong(MONTH.toSeconds()));
            if (random.nextInt(100) < 55) {
                vulnerability(finding, first, count, random, history);
            } else {
                threat(finding, first, count, random, history);
            }
        }
        history.sort(Comparator.comparing(Update::at));
        return history;
    }

    private void vulnerability(int n, Instant first, int count, SplittableRandom random, List<Update> out) {
        int account = random.nextInt(BenchEstate.ACCOUNTS.size());
        double u = random.nextDouble();
        int cve = (int) (CVES * u * u);
        double cvss = 3.0 + (cve * 7919 % 70) / 10.0;
        String severity = cvss >= 9 ? "CRITICAL" : cvss >= 7 ? "HIGH" : cvss >= 4 ? "MEDIUM" : "LOW";
        String pkg = PACKAGES[cve % PACKAGES.length];
        boolean fixable = cve % 5 != 0;
        boolean fixed = fixable && count > 1 && random.nextInt(100) < 55;
        String instance = instance(account, random);
        Instant at = first;
        for (int update = 0; update < count && at.isBefore(end); update++) {
            boolean closed = fixed && update == count - 1;
            Vulnerability v = new Vulnerability(BenchEstate.ACCOUNTS.get(account), BenchEstate.HOME_REGIONS.get(account),
                    String.format("%032x", seed * 1_000_003L + n), instance, cve(cve), pkg,
                    "1." + cve % 9 + "." + cve % 7, fixable ? "1." + cve % 9 + "." + (cve % 7 + 1) : null, cvss, severity,
                    closed ? "CLOSED" : "ACTIVE", first, at);
            out.add(new Update("inspector", SyntheticFindings.inspector(v), at));
            at = at.plus(Duration.ofHours(6 + random.nextInt(66)));
        }
    }

    private void threat(int n, Instant first, int count, SplittableRandom random, List<Update> out) {
        int account = random.nextInt(BenchEstate.ACCOUNTS.size());
        ThreatType type = THREATS[(int) (THREATS.length * Math.pow(random.nextDouble(), 1.5))];
        Place place = PLACES[(int) (PLACES.length * Math.pow(random.nextDouble(), 2))];
        String ip = BenchTrail.publicIpv4(random);
        String instance = instance(account, random);
        boolean archived = count > 1 && random.nextInt(100) < 35;
        // accounts with an odd number read GuardDuty through Security Hub as well: updates arrive both ways
        boolean throughSecurityHub = account % 2 == 1;
        Instant at = first;
        for (int update = 0; update < count && at.isBefore(end); update++) {
            Threat t = new Threat(BenchEstate.ACCOUNTS.get(account), BenchEstate.HOME_REGIONS.get(account),
                    String.format("d%031x", account), String.format("%032x", seed * 7_000_003L + n), type.name(),
                    type.severity(), instance, ip, place.country(), place.code(), place.city(),
                    place.latitude() + random.nextDouble() - 0.5, place.longitude() + random.nextDouble() - 0.5,
                    place.network(), type.port(), update + 1, archived && update == count - 1, first, at);
            boolean copy = throughSecurityHub && update % 2 == 1;
            out.add(new Update(copy ? "securityhub" : "guardduty",
                    copy ? SyntheticFindings.securityHubCopy(t) : SyntheticFindings.guardDuty(t), at));
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(60 * 48)));
        }
    }

    /** An instance of the account, as {@link BenchTrail}'s workloads name them. */
    private static String instance(int account, SplittableRandom random) {
        return "i-0" + String.format("%015x", account * 1_000L + random.nextInt(40));
    }
}
