package io.vigil.sources.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Findings in the services' own formats, for benchmarks and the demo: an Inspector v2 finding as
 * {@code ListFindings} returns it, a GuardDuty finding as exported to S3, and the Security Hub (ASFF)
 * copy of a GuardDuty finding. Each is read back through the same decoders and normalizers as real input.
 */
public final class SyntheticFindings {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The AS number of every remote party: one reserved for documentation (RFC 5398). */
    private static final String AS_NUMBER = "64500";

    private SyntheticFindings() {
    }

    /** An Inspector package vulnerability of an EC2 instance. */
    public record Vulnerability(String account, String region, String findingId, String instanceId, String cve,
                                String packageName, String installed, String fixedIn, double cvss, String severity,
                                String status, Instant firstObserved, Instant updatedAt) {

        public String arn() {
            return "arn:aws:inspector2:" + region + ":" + account + ":finding/" + findingId;
        }
    }

    /** A GuardDuty finding about an EC2 instance, with the remote address GuardDuty saw. */
    public record Threat(String account, String region, String detectorId, String findingId, String type,
                         double severity, String instanceId, String remoteIp, String country, String countryCode,
                         String city, double latitude, double longitude, String organization, int localPort,
                         int count, boolean archived, Instant firstSeen, Instant updatedAt) {

        public String arn() {
            return "arn:aws:guardduty:" + region + ":" + account + ":detector/" + detectorId + "/finding/" + findingId;
        }
    }

    public static ObjectNode inspector(Vulnerability v) {
        ObjectNode f = JSON.objectNode();
        f.put("awsAccountId", v.account());
        f.put("findingArn", v.arn());
        f.put("type", "PACKAGE_VULNERABILITY");
        f.put("title", v.cve() + " - " + v.packageName());
        f.put("description", "A vulnerability in " + v.packageName() + " " + v.installed() + ".");
        f.put("severity", v.severity());
        f.put("status", v.status());
        f.put("inspectorScore", v.cvss());
        f.putObject("epss").put("score", 0.0004);
        f.put("fixAvailable", v.fixedIn() == null ? "NO" : "YES");
        f.put("exploitAvailable", "NO");
        f.put("firstObservedAt", v.firstObserved().toString());
        f.put("lastObservedAt", v.updatedAt().toString());
        f.put("updatedAt", v.updatedAt().toString());
        ObjectNode details = f.putObject("packageVulnerabilityDetails");
        details.put("vulnerabilityId", v.cve());
        details.put("source", "NVD");
        details.put("sourceUrl", "https://nvd.nist.gov/vuln/detail/" + v.cve());
        details.putArray("cvss").addObject().put("baseScore", v.cvss()).put("source", "NVD").put("version", "3.1")
                .put("scoringVector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        ObjectNode pkg = details.putArray("vulnerablePackages").addObject();
        pkg.put("name", v.packageName()).put("version", v.installed()).put("packageManager", "OS");
        if (v.fixedIn() != null) {
            pkg.put("fixedInVersion", v.fixedIn()).put("remediation", "yum update " + v.packageName());
        }
        f.putObject("remediation").putObject("recommendation")
                .put("text", v.fixedIn() == null ? "None Provided" : "Update " + v.packageName() + " to " + v.fixedIn());
        ObjectNode resource = f.putArray("resources").addObject();
        resource.put("type", "AWS_EC2_INSTANCE").put("id", v.instanceId()).put("partition", "aws")
                .put("region", v.region());
        resource.putObject("details").putObject("awsEc2Instance").put("platform", "AMAZON_LINUX_2023")
                .put("type", "t3.medium");
        return f;
    }

    /** A GuardDuty finding of an inbound connection from the remote address (SSH brute force, port scan, ...). */
    public static ObjectNode guardDuty(Threat t) {
        ObjectNode f = JSON.objectNode();
        f.put("schemaVersion", "2.0").put("accountId", t.account()).put("region", t.region()).put("partition", "aws");
        f.put("id", t.findingId()).put("arn", t.arn()).put("type", t.type());
        ObjectNode resource = f.putObject("resource");
        resource.put("resourceType", "Instance");
        resource.putObject("instanceDetails").put("instanceId", t.instanceId()).put("instanceType", "t3.medium")
                .put("instanceState", "running");
        ObjectNode service = f.putObject("service");
        service.put("serviceName", "guardduty").put("detectorId", t.detectorId());
        ObjectNode action = service.putObject("action");
        action.put("actionType", "NETWORK_CONNECTION");
        ObjectNode connection = action.putObject("networkConnectionAction");
        connection.put("connectionDirection", "INBOUND").put("protocol", "TCP").put("blocked", false);
        connection.putObject("localPortDetails").put("port", t.localPort()).put("portName", portName(t.localPort()));
        connection.putObject("remotePortDetails").put("port", remotePort(t)).put("portName", "Unknown");
        connection.set("remoteIpDetails", remoteIpDetails(t));
        service.put("resourceRole", "TARGET");
        service.putObject("additionalInfo").put("type", "default").put("value", "{}");
        service.put("eventFirstSeen", t.firstSeen().toString());
        service.put("eventLastSeen", t.updatedAt().toString());
        service.put("archived", t.archived());
        service.put("count", t.count());
        f.put("severity", t.severity());
        f.put("createdAt", t.firstSeen().toString());
        f.put("updatedAt", t.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        f.put("title", title(t));
        f.put("description", description(t));
        return f;
    }

    /** The ASFF record Security Hub makes of the GuardDuty finding: the same finding, another path. */
    public static ObjectNode securityHubCopy(Threat t) {
        ObjectNode f = JSON.objectNode();
        f.put("SchemaVersion", "2018-10-08");
        f.put("Id", t.arn());
        f.put("ProductArn", "arn:aws:securityhub:" + t.region() + "::product/aws/guardduty");
        f.put("ProductName", "GuardDuty").put("CompanyName", "Amazon").put("Region", t.region());
        f.put("GeneratorId", "arn:aws:guardduty:" + t.region() + ":" + t.account() + ":detector/" + t.detectorId());
        f.put("AwsAccountId", t.account());
        f.putArray("Types").add("TTPs/Initial Access/" + asffType(t.type()));
        f.put("FirstObservedAt", t.firstSeen().toString());
        f.put("LastObservedAt", t.updatedAt().toString());
        f.put("CreatedAt", t.firstSeen().toString());
        f.put("UpdatedAt", t.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        f.putObject("Severity").put("Product", t.severity()).put("Label", label(t.severity()))
                .put("Normalized", (int) Math.round(t.severity() * 10));
        f.put("Title", title(t));
        f.put("Description", description(t));
        ObjectNode fields = f.putObject("ProductFields");
        String prefix = "aws/guardduty/service/action/networkConnectionAction/";
        fields.put("aws/guardduty/service/archived", Boolean.toString(t.archived()));
        fields.put("aws/guardduty/service/count", Integer.toString(t.count()));
        fields.put("aws/guardduty/service/action/actionType", "NETWORK_CONNECTION");
        fields.put(prefix + "connectionDirection", "INBOUND");
        fields.put(prefix + "remoteIpDetails/ipAddressV4", t.remoteIp());
        fields.put(prefix + "remoteIpDetails/country/countryCode", t.countryCode());
        fields.put(prefix + "remoteIpDetails/country/countryName", t.country());
        fields.put(prefix + "remoteIpDetails/city/cityName", t.city());
        fields.put(prefix + "remoteIpDetails/geoLocation/lat", Double.toString(t.latitude()));
        fields.put(prefix + "remoteIpDetails/geoLocation/lon", Double.toString(t.longitude()));
        fields.put(prefix + "remoteIpDetails/organization/asn", AS_NUMBER);
        fields.put(prefix + "remoteIpDetails/organization/asnOrg", t.organization());
        fields.put(prefix + "localPortDetails/port", Integer.toString(t.localPort()));
        fields.put(prefix + "remotePortDetails/port", Integer.toString(remotePort(t)));
        ObjectNode resource = f.putArray("Resources").addObject();
        resource.put("Type", "AwsEc2Instance").put("Id", "arn:aws:ec2:" + t.region() + ":" + t.account()
                + ":instance/" + t.instanceId()).put("Partition", "aws").put("Region", t.region());
        f.putObject("Workflow").put("Status", t.archived() ? "RESOLVED" : "NEW");
        f.put("RecordState", t.archived() ? "ARCHIVED" : "ACTIVE");
        return f;
    }

    /**
     * A GuardDuty finding type as Security Hub writes it in the last part of a {@code Types} entry: the
     * first '/' after the ':' becomes '-' ({@code UnauthorizedAccess:EC2/SSHBruteForce} is
     * {@code UnauthorizedAccess:EC2-SSHBruteForce}), as '/' separates the parts of an ASFF type.
     */
    private static String asffType(String type) {
        int slash = type.indexOf('/', type.indexOf(':') + 1);
        return slash < 0 ? type : type.substring(0, slash) + "-" + type.substring(slash + 1);
    }

    /** GuardDuty's label of a numeric severity. */
    private static String label(double severity) {
        return severity >= 9 ? "CRITICAL" : severity >= 7 ? "HIGH" : severity >= 4 ? "MEDIUM" : "LOW";
    }

    private static ObjectNode remoteIpDetails(Threat t) {
        ObjectNode remote = JSON.objectNode();
        remote.put("ipAddressV4", t.remoteIp());
        remote.putObject("organization").put("asn", AS_NUMBER).put("asnOrg", t.organization())
                .put("isp", t.organization()).put("org", t.organization());
        remote.putObject("country").put("countryCode", t.countryCode()).put("countryName", t.country());
        remote.putObject("city").put("cityName", t.city());
        remote.putObject("geoLocation").put("lat", t.latitude()).put("lon", t.longitude());
        return remote;
    }

    private static String description(Threat t) {
        return title(t) + " The remote address " + t.remoteIp() + " is in " + t.country() + ".";
    }

    /** The remote party's port, an ephemeral one. */
    private static int remotePort(Threat t) {
        return 40000 + t.count() % 20000;
    }

    private static String title(Threat t) {
        return t.type().contains("SSHBruteForce")
                ? t.remoteIp() + " is performing SSH brute force attacks against " + t.instanceId() + "."
                : t.type().contains("Portscan")
                ? "EC2 instance " + t.instanceId() + " is being scanned by " + t.remoteIp() + "."
                : "EC2 instance " + t.instanceId() + " is communicating with " + t.remoteIp() + ".";
    }

    private static String portName(int port) {
        return switch (port) {
            case 22 -> "SSH";
            case 80 -> "HTTP";
            case 443 -> "HTTPS";
            case 3389 -> "RDP";
            default -> "Unknown";
        };
    }

    /** The findings of one file as JSON lines, the form of GuardDuty's S3 export. */
    public static String jsonLines(Iterable<ObjectNode> findings) {
        StringBuilder lines = new StringBuilder();
        findings.forEach(f -> lines.append(f).append('\n'));
        return lines.toString();
    }

    /** Findings as one {@code ListFindings}/{@code GetFindings} page. */
    public static ObjectNode page(String key, Iterable<ObjectNode> findings) {
        ObjectNode page = JSON.objectNode();
        ArrayNode array = page.putArray(key);
        findings.forEach(array::add);
        return page;
    }
}
