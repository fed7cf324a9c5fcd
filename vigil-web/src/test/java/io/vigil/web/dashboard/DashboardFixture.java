package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.IndexSpec;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.finding.FindingsIndex;
import io.vigil.store.BulkResponse;
import io.vigil.store.SearchBackend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A handful of CloudTrail events and Inspector and GuardDuty findings, written by hand with the
 * fields the normalizers write, around {@link #NOW}. Projects: {@code alpha} (account 111111111111),
 * {@code beta} (account 222222222222, which alpha shares: documents of both), and unassigned ones.
 * The expected numbers in the IT were counted from this list by hand.
 */
final class DashboardFixture {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardFixture() {
    }

    static void index(SearchBackend backend) {
        List<Doc> bulk = new ArrayList<>();
        // CloudTrail: id, hours ago, user, action, provider, event type, projects, account, region, country, lat, lon
        event(bulk, "c1", 1, "alice", "ConsoleLogin", "signin.amazonaws.com", "AwsConsoleSignIn", List.of("alpha"),
                "111111111111", "us-east-1", "DE", 52.52, 13.40).put("aws.cloudtrail.mfa_used", true);
        event(bulk, "c2", 2, "bob", "ConsoleLogin", "signin.amazonaws.com", "AwsConsoleSignIn", List.of("alpha"),
                "111111111111", "us-east-1", "US", 40.71, -74.00).put("aws.cloudtrail.mfa_used", false);
        event(bulk, "c3", 3, "root", "ListBuckets", "s3.amazonaws.com", "AwsApiCall", List.of("alpha"),
                "111111111111", "us-east-1", "US", 37.77, -122.42).put("aws.cloudtrail.user_identity.type", "Root");
        event(bulk, "c4", 4, "alice", "DescribeInstances", "ec2.amazonaws.com", "AwsApiCall", List.of("alpha"),
                "111111111111", "eu-west-1", "DE", 48.14, 11.58).put("error.code", "AccessDenied")
                .put("error.message", "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: ec2:DescribeInstances");
        event(bulk, "c5", 5, "alice", "DescribeInstances", "ec2.amazonaws.com", "AwsApiCall", List.of("alpha", "beta"),
                "222222222222", "eu-west-1", "DE", 48.14, 11.58).put("error.code", "AccessDenied");
        event(bulk, "c6", 6, "carol", "PutObject", "s3.amazonaws.com", "AwsApiCall", List.of("beta"),
                "222222222222", "eu-west-1", "FR", 48.85, 2.35);
        event(bulk, "c7", 7, "carol", "GetObject", "s3.amazonaws.com", "AwsApiCall", List.of("beta"),
                "222222222222", "eu-west-1", "FR", 48.85, 2.35).put("error.code", "NoSuchKey")
                .put("error.message", "=cmd|' /C calc'!A0");
        event(bulk, "c8", 8, "dave", "AssumeRole", "sts.amazonaws.com", "AwsApiCall", List.of("unassigned"),
                "333333333333", "us-west-2", null, 0, 0).put("source.address", "config.amazonaws.com");
        event(bulk, "c9", 30, "alice", "DescribeInstances", "ec2.amazonaws.com", "AwsApiCall", List.of("alpha"),
                "111111111111", "us-east-1", "DE", 52.52, 13.40);
        event(bulk, "c10", 2, "erin", "ConsoleLogin", "signin.amazonaws.com", "AwsConsoleSignIn", List.of("beta"),
                "222222222222", "us-east-1", "US", 40.71, -74.00).put("aws.cloudtrail.mfa_used", false)
                .put("event.outcome", "failure").put("error.message", "Failed authentication");
        event(bulk, "c11", 1, null, "AWS_HEALTH_EVENT", "health.amazonaws.com", "AwsServiceEvent", List.of("alpha"),
                "111111111111", "us-east-1", null, 0, 0);

        // Inspector: id, CVE, severity, score, resource type and id, status, days first seen, last seen, resolved
        inspector(bulk, "i1", "CVE-2026-0001", "critical", 9.8, "AWS_EC2_INSTANCE", "i-0aaa", 10, 1, null, List.of("alpha"))
                .put("package.name", "openssl").put("package.version", "3.0.1").put("package.fixed_version", "3.0.8")
                .put("vulnerability.fix_available", "YES").put("finding.remediation", "Upgrade openssl to 3.0.8 or later");
        inspector(bulk, "i2", "CVE-2026-0001", "critical", 9.8, "AWS_EC2_INSTANCE", "i-0bbb", 9, 1, null, List.of("alpha"));
        inspector(bulk, "i3", "CVE-2026-0002", "high", 7.5, "AWS_EC2_INSTANCE", "i-0aaa", 20, 13, 13, List.of("alpha"));
        inspector(bulk, "i4", "CVE-2026-0003", "medium", 5.0, "AWS_EC2_INSTANCE", "i-0ccc", 5, 2, 2, List.of("alpha", "beta"));
        inspector(bulk, "i5", "CVE-2026-0004", "low", 3.1, "AWS_ECR_CONTAINER_IMAGE",
                "arn:aws:ecr:eu-west-1:222222222222:repository/web/sha256:ab12", 3, 1, null, List.of("beta"));
        inspector(bulk, "i6", "CVE-2026-0005", "high", 7.0, "AWS_EC2_INSTANCE", "i-0ddd", 60, 40, null, List.of("alpha"));
        inspector(bulk, "i7", "CVE-2026-0006", "critical", 9.1, "AWS_EC2_INSTANCE", "i-0eee", 2, 1, null, List.of("unassigned"));

        // GuardDuty: id, type, severity, resource, remote IP and where, days first seen, last seen, resolved
        guardDuty(bulk, "g1", "Recon:EC2/PortProbeUnprotectedPort", "medium", "i-0aaa", "198.51.100.77", "RU", 55.75, 37.62,
                3, 1, null, List.of("alpha"));
        guardDuty(bulk, "g2", "UnauthorizedAccess:EC2/SSHBruteForce", "high", "i-0aaa", "203.0.113.99", "CN", 39.90, 116.40,
                2, 1, null, List.of("alpha"));
        guardDuty(bulk, "g3", "UnauthorizedAccess:EC2/SSHBruteForce", "critical", "i-0bbb", "203.0.113.99", "CN", 39.90,
                116.40, 6, 4, 4, List.of("alpha"));
        guardDuty(bulk, "g4", "CryptoCurrency:EC2/BitcoinTool.B!DNS", "high", "i-0fff", null, null, 0, 0, 1, 1, null,
                List.of("beta"));

        StringBuilder ndjson = new StringBuilder();
        bulk.forEach(doc -> ndjson.append(doc.action).append('\n').append(doc.source).append('\n'));
        byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        BulkResponse response = backend.bulk(body, body.length);
        for (int i = 0; i < response.size(); i++) {
            if (response.status(i) >= 300) {
                throw new IllegalStateException("fixture document " + i + " refused: " + response.error(i));
            }
        }
        backend.refresh("vigil-*");
    }

    private static Doc event(List<Doc> bulk, String id, int hoursAgo, String user, String action, String provider,
                             String type, List<String> projects, String account, String region, String country,
                             double lat, double lon) {
        Instant time = NOW.minus(Duration.ofHours(hoursAgo));
        Doc doc = new Doc(bulk, CloudTrailDataset.INDEX, time, id)
                .put("@timestamp", time.toString()).put("event.id", id).put("event.action", action)
                .put("event.provider", provider).put("event.outcome", "success").put("aws.cloudtrail.event_type", type)
                .put("aws.cloudtrail.user_identity.type", "IAMUser").put("source.address", "198.51.100." + id.length())
                .put("source.ip", "198.51.100." + id.length()).put("cloud.account.id", account).put("cloud.region", region)
                .put("vigil.project", projects);
        if (user != null) {
            doc.put("user.name", user);
        }
        if (country != null) {
            doc.put("source.geo.country_iso_code", country).put("source.geo.location.lat", lat).put("source.geo.location.lon", lon);
        }
        return doc;
    }

    private static Doc inspector(List<Doc> bulk, String id, String cve, String severity, double score,
                                 String resourceType, String resourceId, int firstDaysAgo, int lastDaysAgo,
                                 Integer resolvedDaysAgo, List<String> projects) {
        return finding(bulk, id, "inspector", "PACKAGE_VULNERABILITY", severity, resourceType, resourceId, firstDaysAgo,
                lastDaysAgo, resolvedDaysAgo, projects)
                .put("finding.score", score).put("vulnerability.id", cve).put("vulnerability.score.base", score)
                .put("finding.title", cve + " - a package");
    }

    private static Doc guardDuty(List<Doc> bulk, String id, String type, String severity, String resourceId, String ip,
                                 String country, double lat, double lon, int firstDaysAgo, int lastDaysAgo,
                                 Integer resolvedDaysAgo, List<String> projects) {
        Doc doc = finding(bulk, id, "guardduty", type, severity, "Instance", resourceId, firstDaysAgo, lastDaysAgo,
                resolvedDaysAgo, projects).put("finding.title", type + " on " + resourceId);
        if (ip != null) {
            doc.put("threat.indicator.ip", ip).put("threat.indicator.geo.country_iso_code", country)
                    .put("threat.indicator.geo.location.lat", lat).put("threat.indicator.geo.location.lon", lon);
        }
        return doc;
    }

    private static Doc finding(List<Doc> bulk, String id, String source, String type, String severity,
                               String resourceType, String resourceId, int firstDaysAgo, int lastDaysAgo,
                               Integer resolvedDaysAgo, List<String> projects) {
        Instant last = NOW.minus(Duration.ofDays(lastDaysAgo));
        Doc doc = new Doc(bulk, FindingsIndex.STATE, last, id)
                .put("@timestamp", last.toString()).put("finding.source", source).put("finding.id", id)
                .put("finding.type", type).put("finding.severity", severity)
                .put("finding.status", resolvedDaysAgo == null ? "open" : "resolved")
                .put("finding.first_seen", NOW.minus(Duration.ofDays(firstDaysAgo)).toString())
                .put("finding.last_seen", last.toString()).put("resource.type", resourceType).put("resource.id", resourceId)
                .put("cloud.account.id", projects.contains("beta") ? "222222222222" : "111111111111")
                .put("cloud.region", "eu-west-1").put("vigil.project", projects);
        if (resolvedDaysAgo != null) {
            doc.put("finding.resolved_at", NOW.minus(Duration.ofDays(resolvedDaysAgo)).toString());
        }
        return doc;
    }

    /** One document of the bulk request, its fields set by dotted path. */
    private static final class Doc {

        private final ObjectNode action = JSON.createObjectNode();
        private final ObjectNode source = JSON.createObjectNode();

        Doc(List<Doc> bulk, IndexSpec spec, Instant time, String id) {
            action.putObject("index").put("_index", spec.indexFor(time)).put("_id", id);
            bulk.add(this);
        }

        Doc put(String path, Object value) {
            String[] parts = path.split("\\.");
            ObjectNode node = source;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            String last = parts[parts.length - 1];
            if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(last);
                list.forEach(item -> array.add(item.toString()));
            } else {
                node.set(last, JSON.valueToTree(value));
            }
            return this;
        }
    }
}
