package io.vigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories a customer should recognize, found in the raw files the demo writes. */
class DemoStoriesTest {

    private static final Instant END = Instant.parse("2026-11-27T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-28");

    @TempDir
    static Path dir;
    private static RawDemo raw;

    @BeforeAll
    static void generate() {
        raw = new RawDemo(DemoFiles.write(dir.resolve("demo"), DemoDataset.SEED, END));
    }

    @Test
    void aBurstOfTwoHundredDeniedCallsFromOneUserWithinTwentyMinutes() {
        List<JsonNode> denied = raw.trail.stream()
                .filter(r -> r.path("errorCode").asText().equals("AccessDenied"))
                .filter(r -> r.at("/userIdentity/userName").asText().equals(TrailStories.DENIED_USER))
                .sorted(Comparator.comparing(r -> r.get("eventTime").asText())).toList();
        assertThat(denied).hasSize(TrailStories.DENIED_CALLS);
        Instant first = time(denied.get(0));
        Instant last = time(denied.get(denied.size() - 1));
        assertThat(Duration.between(first, last)).isLessThan(TrailStories.DENIED_WINDOW);
        assertThat(LocalDate.ofInstant(first, ZoneOffset.UTC)).isEqualTo(FIRST_DAY.plusDays(TrailStories.DENIED_DAY));
        assertThat(denied.stream().map(r -> r.get("sourceIPAddress").asText()).distinct()).hasSize(1);
        long othersDenied = raw.trail.stream().filter(r -> r.path("errorCode").asText().startsWith("AccessDenied"))
                .filter(r -> !r.at("/userIdentity/userName").asText().equals(TrailStories.DENIED_USER)).count();
        assertThat(othersDenied).as("the burst stands out from everyday denials").isLessThan(TrailStories.DENIED_CALLS / 2);
    }

    @Test
    void someUsersSignInToTheConsoleWithoutMfaAgainAndAgain() {
        Map<String, Long> withoutMfa = raw.trail.stream()
                .filter(r -> r.get("eventName").asText().equals("ConsoleLogin"))
                .filter(r -> r.at("/responseElements/ConsoleLogin").asText().equals("Success"))
                .filter(r -> r.at("/additionalEventData/MFAUsed").asText().equals("No"))
                .filter(r -> r.at("/userIdentity/type").asText().equals("IAMUser"))
                .collect(Collectors.groupingBy(r -> r.at("/userIdentity/userName").asText(), Collectors.counting()));
        Set<String> habit = DemoEstate.PEOPLE.stream().filter(person -> !person.usesMfa()).map(Person::name)
                .collect(Collectors.toSet());
        assertThat(withoutMfa.keySet()).isEqualTo(habit).containsExactlyInAnyOrder("bob", "erin", "gustavo");
        assertThat(withoutMfa.values()).allMatch(count -> count >= 15);
    }

    @Test
    void theRootUserSignsInTwiceOnceWithoutMfa() {
        List<JsonNode> root = raw.trail.stream().filter(r -> r.at("/userIdentity/type").asText().equals("Root"))
                .sorted(Comparator.comparing(r -> r.get("eventTime").asText())).toList();
        assertThat(root.stream().map(r -> r.get("recipientAccountId").asText()).distinct())
                .containsExactlyInAnyOrder(DemoEstate.PAYMENTS_ACCOUNT, DemoEstate.SHARED_ACCOUNT);
        assertThat(root.stream().map(r -> r.get("eventTime").asText().substring(0, 10)).distinct()).containsExactly(
                FIRST_DAY.plusDays(TrailStories.ROOT_WITH_MFA_DAY).toString(),
                FIRST_DAY.plusDays(TrailStories.ROOT_WITHOUT_MFA_DAY).toString());
        assertThat(root.stream().filter(r -> r.get("eventName").asText().equals("ConsoleLogin"))
                .map(r -> r.at("/additionalEventData/MFAUsed").asText())).containsExactly("Yes", "No");
        assertThat(root).anyMatch(r -> r.get("eventName").asText().equals("EnableMFADevice"));
    }

    @Test
    void anSshBruteForceFromOneAddressAbroadGrowsUntilItIsArchived() {
        String arn = DemoThreats.bruteForceArn();
        List<JsonNode> updates = raw.guardDuty.stream().filter(f -> f.get("arn").asText().equals(arn))
                .sorted(Comparator.comparing(f -> f.get("updatedAt").asText())).toList();
        assertThat(updates).hasSize(DemoThreats.BRUTE_FORCE_COUNTS.size() + 1);
        assertThat(updates.stream().map(f -> f.at("/service/count").asInt()).toList())
                .startsWith(DemoThreats.BRUTE_FORCE_COUNTS.toArray(Integer[]::new)).isSorted();
        assertThat(updates.get(0).get("type").asText()).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(updates.get(0).at("/resource/instanceDetails/instanceId").asText())
                .isEqualTo(DemoEstate.instance(DemoThreats.BRUTE_FORCE_INSTANCE).id());
        assertThat(updates.get(0).get("accountId").asText()).isEqualTo(DemoEstate.PAYMENTS_ACCOUNT);
        String remote = "/service/action/networkConnectionAction/remoteIpDetails";
        assertThat(updates.stream().map(f -> f.at(remote + "/ipAddressV4").asText()).distinct()).hasSize(1);
        assertThat(updates).allMatch(f -> f.at(remote + "/country/countryCode").asText().equals("CN"));
        assertThat(updates.subList(0, updates.size() - 1)).noneMatch(f -> f.at("/service/archived").asBoolean());
        assertThat(updates.get(updates.size() - 1).at("/service/archived").asBoolean()).isTrue();
        assertThat(copies(arn)).as("Security Hub copies every update, with the same update time")
                .isEqualTo(updates.stream().map(f -> f.get("updatedAt").asText()).toList());
    }

    @Test
    void aCriticalCveIsActiveForSevenDaysThenClosed() {
        String arn = DemoVulnerabilities.remediationArn();
        List<JsonNode> updates = raw.inspectorFindings().stream().filter(f -> f.get("findingArn").asText().equals(arn))
                .sorted(Comparator.comparing(f -> f.get("updatedAt").asText())).toList();
        assertThat(updates.stream().map(f -> f.get("status").asText())).containsExactly("ACTIVE", "ACTIVE", "ACTIVE",
                "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "CLOSED");
        JsonNode closed = updates.get(updates.size() - 1);
        assertThat(closed.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(closed.at("/packageVulnerabilityDetails/vulnerabilityId").asText()).isEqualTo("CVE-2021-44228");
        assertThat(Duration.between(Instant.parse(closed.get("firstObservedAt").asText()),
                Instant.parse(closed.get("updatedAt").asText()))).isEqualTo(Duration.ofDays(7));
        assertThat(updates).allMatch(f -> f.get("firstObservedAt").equals(closed.get("firstObservedAt")));
    }

    @Test
    void inspectorFindsOneHundredFiftyVulnerabilitiesOnTwentyInstancesRescannedAndSomeClosed() {
        List<JsonNode> findings = raw.inspectorFindings();
        Map<String, List<JsonNode>> byArn = findings.stream().collect(Collectors.groupingBy(f -> f.get("findingArn").asText()));
        assertThat(byArn).hasSize(DemoVulnerabilities.FINDINGS);
        assertThat(findings.stream().map(f -> f.at("/resources/0/id").asText()).distinct()).hasSize(20);
        assertThat(findings.stream().map(f -> f.get("severity").asText()).distinct())
                .contains("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(byArn.values().stream().filter(updates -> updates.size() > 3).count()).as("rescanned").isGreaterThan(50);
        long closed = byArn.values().stream().filter(updates -> updates.stream()
                .anyMatch(f -> f.get("status").asText().equals("CLOSED"))).count();
        assertThat(closed).isBetween(10L, 100L);
    }

    @Test
    void guardDutyFindsFortyThreatsOfSeveralTypesFromSeveralCountriesAndSecurityHubCopiesPart() {
        Map<String, List<JsonNode>> byArn = raw.guardDuty.stream().collect(Collectors.groupingBy(f -> f.get("arn").asText()));
        assertThat(byArn).hasSize(DemoThreats.FINDINGS);
        assertThat(raw.guardDuty.stream().map(f -> f.get("type").asText()).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(raw.guardDuty.stream().map(f -> f.at(
                "/service/action/networkConnectionAction/remoteIpDetails/country/countryCode").asText()).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(raw.guardDuty.stream().map(f -> f.get("severity").asDouble()).distinct()).contains(2.0, 5.0, 8.0);
        Set<String> copied = raw.securityHubEvents.stream().map(e -> e.at("/detail/findings/0/Id").asText())
                .collect(Collectors.toSet());
        assertThat(copied).hasSizeBetween(5, DemoThreats.FINDINGS - 5).allMatch(byArn::containsKey);
        for (String arn : copied) {
            assertThat(copies(arn)).isEqualTo(byArn.get(arn).stream().map(f -> f.get("updatedAt").asText()).sorted().toList());
        }
    }

    /** The update times of the Security Hub copies of a GuardDuty finding, in order. */
    private static List<String> copies(String arn) {
        return raw.securityHubEvents.stream().map(e -> e.at("/detail/findings/0"))
                .filter(f -> f.get("Id").asText().equals(arn)).map(f -> f.get("UpdatedAt").asText()).sorted().toList();
    }

    private static Instant time(JsonNode record) {
        return Instant.parse(record.get("eventTime").asText());
    }
}
