package io.vigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFilesTest {

    private static final Instant END = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant START = Instant.parse("2026-10-28T00:00:00Z");
    private static final Pattern TRAIL_FILE = Pattern.compile(
            "AWSLogs/(\\d{12})/CloudTrail/([a-z0-9-]+)/(\\d{4})/(\\d{2})/(\\d{2})/"
                    + "\\1_CloudTrail_\\2_(\\d{8})T\\d{4}Z_[A-Za-z0-9]{16}\\.json\\.gz");
    private static final Pattern EXPORT_FILE = Pattern.compile(
            "AWSLogs/\\d{12}/GuardDuty/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/[0-9a-f-]{36}\\.jsonl\\.gz");
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final List<String> RECORD_FIELDS = List.of("eventVersion", "userIdentity", "eventTime", "eventSource",
            "eventName", "awsRegion", "sourceIPAddress", "userAgent", "requestParameters", "responseElements", "eventID",
            "readOnly", "eventType", "managementEvent", "recipientAccountId", "eventCategory");

    @TempDir
    static Path shared;
    private static DemoManifest manifest;
    private static RawDemo raw;

    @BeforeAll
    static void generate() {
        manifest = DemoFiles.write(shared.resolve("demo"), DemoDataset.SEED, END);
        raw = new RawDemo(manifest);
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        Map<String, String> first = hashes(manifest.directory());
        Map<String, String> again = hashes(DemoFiles.write(dir.resolve("again"), DemoDataset.SEED, END).directory());
        assertThat(again).isEqualTo(first);
        Map<String, String> other = hashes(DemoFiles.write(dir.resolve("other"), DemoDataset.SEED + 1, END).directory());
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void writingAgainReplacesWhatWasThere(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("demo");
        Files.createDirectories(folder.resolve("cloudtrail"));
        Files.writeString(folder.resolve("cloudtrail/left-over.json"), "{}");
        DemoFiles.write(folder, DemoDataset.SEED, END);
        assertThat(folder.resolve("cloudtrail/left-over.json")).doesNotExist();
    }

    @Test
    void theDaysEndAtAMidnight() {
        assertThatThrownBy(() -> DemoFiles.write(shared.resolve("noon"), 1, END.plusSeconds(3600)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("midnight");
    }

    @Test
    void cloudTrailLogFilesAreInTheS3LayoutOfTheAccountsAndRegions() {
        Path root = manifest.folders().get("cloudtrail");
        Set<String> accountsAndRegions = new HashSet<>();
        for (Path file : RawDemo.files(root)) {
            String relative = root.relativize(file).toString();
            Matcher matcher = TRAIL_FILE.matcher(relative);
            assertThat(matcher.matches()).as(relative).isTrue();
            assertThat(matcher.group(3) + matcher.group(4) + matcher.group(5)).as("folder date of " + relative)
                    .isEqualTo(matcher.group(6));
            accountsAndRegions.add(matcher.group(1) + " " + matcher.group(2));
        }
        assertThat(accountsAndRegions).containsExactlyInAnyOrder("111122223333 eu-west-1", "111122223333 us-east-1",
                "444455556666 eu-west-1", "444455556666 us-east-1", "777788889999 eu-west-1", "777788889999 us-east-1");
        assertThat(manifest.files().get("cloudtrail")).isEqualTo(RawDemo.files(root).size());
    }

    @Test
    void aboutFiftyThousandRecordsInCloudTrailsShapesWithinTheThirtyDays() {
        assertThat(raw.trail).hasSize(manifest.records().get("cloudtrail").intValue()).hasSizeBetween(45_000, 55_000);
        Set<String> ids = new HashSet<>();
        for (JsonNode record : raw.trail) {
            assertThat(RECORD_FIELDS).as(record.toString()).allMatch(record::has);
            Instant time = Instant.parse(record.get("eventTime").asText());
            assertThat(time).isAfterOrEqualTo(START).isBefore(END);
            assertThat(record.get("eventID").asText()).matches(UUID_V4);
            ids.add(record.get("eventID").asText());
            if (record.has("errorCode")) {
                assertThat(record.get("responseElements").isNull()).isTrue();
                assertThat(record.get("errorMessage").asText()).isNotBlank();
            }
        }
        assertThat(ids).as("event ids are unique").hasSize(raw.trail.size());
        assertThat(values("/userIdentity/type")).containsOnlyKeys("IAMUser", "AssumedRole", "Root", "AWSService",
                "WebIdentityUser");
        assertThat(values("/eventSource")).hasSizeGreaterThan(10);
        assertThat(values("/eventType")).containsOnlyKeys("AwsApiCall", "AwsConsoleSignIn", "AwsServiceEvent");
        assertThat(values("/errorCode")).containsKeys("AccessDenied", "AccessDeniedException",
                "Client.UnauthorizedOperation", "ValidationError");
    }

    @Test
    void sourceAddressesArePublicAddressesOrServiceNames() {
        for (String address : values("/sourceIPAddress").keySet()) {
            assertThat(address).matches("(\\d{1,3}\\.){3}\\d{1,3}|[a-z]+\\.amazonaws\\.com");
            assertThat(address).doesNotStartWith("10.").doesNotStartWith("192.0.2.").doesNotStartWith("198.51.100.")
                    .doesNotStartWith("203.0.113.").doesNotStartWith("172.");
        }
    }

    @Test
    void consoleSignInsSayWhetherMfaWasUsedAndWhetherTheySucceeded() {
        List<JsonNode> signIns = raw.trail.stream().filter(r -> r.get("eventName").asText().equals("ConsoleLogin")).toList();
        assertThat(signIns).hasSizeGreaterThan(200);
        for (JsonNode signIn : signIns) {
            assertThat(signIn.at("/additionalEventData/MFAUsed").asText()).isIn("Yes", "No");
            assertThat(signIn.at("/responseElements/ConsoleLogin").asText()).isIn("Success", "Failure");
            assertThat(signIn.get("eventType").asText()).isEqualTo("AwsConsoleSignIn");
        }
    }

    @Test
    void officeDaysAreBusierThanWeekendsAndAfternoonsBusierThanNights() {
        Map<LocalDate, Long> perDay = raw.trail.stream().collect(Collectors.groupingBy(
                r -> LocalDate.ofInstant(Instant.parse(r.get("eventTime").asText()), ZoneOffset.UTC), Collectors.counting()));
        double weekday = perDay.entrySet().stream().filter(e -> !weekend(e.getKey())).mapToLong(Map.Entry::getValue)
                .average().orElseThrow();
        double weekend = perDay.entrySet().stream().filter(e -> weekend(e.getKey())).mapToLong(Map.Entry::getValue)
                .average().orElseThrow();
        assertThat(weekday).isGreaterThan(weekend * 1.3);
        Map<Integer, Long> perHour = raw.trail.stream().collect(Collectors.groupingBy(
                r -> Integer.parseInt(r.get("eventTime").asText().substring(11, 13)), Collectors.counting()));
        assertThat(perHour.get(14)).isGreaterThan(perHour.get(3) * 2);
    }

    @Test
    void findingsAreInTheirDeliveryForms() {
        Path exports = manifest.folders().get("guardduty");
        for (Path file : RawDemo.files(exports)) {
            assertThat(exports.relativize(file).toString()).matches(EXPORT_FILE);
        }
        assertThat(raw.guardDuty).hasSize(manifest.records().get("guardduty").intValue())
                .allMatch(finding -> finding.has("arn") && finding.has("updatedAt") && finding.path("service").has("count"));
        for (JsonNode page : raw.inspectorPages) {
            assertThat(page.get("findings").size()).isBetween(1, FindingFiles.PAGE_SIZE);
            if (page.has("nextToken")) {
                assertThat(page.get("findings").size()).isEqualTo(FindingFiles.PAGE_SIZE);
            }
        }
        assertThat(raw.inspectorFindings()).hasSize(manifest.records().get("inspector").intValue())
                .allMatch(finding -> finding.has("findingArn") && finding.has("status"));
        assertThat(raw.securityHubEvents).hasSize(manifest.records().get("securityhub").intValue())
                .allMatch(event -> event.get("detail-type").asText().equals("Security Hub Findings - Imported")
                        && event.get("source").asText().equals("aws.securityhub")
                        && event.at("/detail/findings").size() == 1);
    }

    private Map<String, Long> values(String pointer) {
        return raw.trail.stream().map(r -> r.at(pointer)).filter(node -> !node.isMissingNode())
                .collect(Collectors.groupingBy(JsonNode::asText, Collectors.counting()));
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Map<String, String> hashes(Path directory) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : RawDemo.files(directory)) {
            hashes.put(directory.relativize(file).toString(), sha256(Files.readAllBytes(file)));
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
