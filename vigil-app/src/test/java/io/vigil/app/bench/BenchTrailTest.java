package io.vigil.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's log files read through the real CloudTrail decoder and normalizer. */
class BenchTrailTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofHours(6);

    private static List<JsonNode> normalized(byte[] logFile) throws IOException {
        return Normalized.documents(CloudTrailDataset.create(), logFile);
    }

    @Test
    void aFileIsOneAccountAndRegionInTimeOrderWithinItsSlice() throws IOException {
        List<JsonNode> documents = normalized(new BenchTrail(1).logFile(3, 2_000, FROM, SPAN));

        assertThat(documents).hasSize(2_000);
        assertThat(Normalized.values(documents, "/cloud/account/id")).containsExactly(BenchEstate.ACCOUNTS.get(3));
        List<JsonNode> calls = documents.stream()
                .filter(document -> !document.at("/event/action").asText().equals("ConsoleLogin")).toList();
        assertThat(Normalized.values(calls, "/cloud/region")).hasSize(1);
        List<Instant> times = documents.stream().map(document -> Instant.parse(document.path("@timestamp").asText())).toList();
        assertThat(times).isSorted().allSatisfy(time -> assertThat(time).isBetween(FROM, FROM.plus(SPAN)));
        assertThat(Normalized.values(documents, "/event/id")).hasSize(2_000);
    }

    @Test
    void hasWhatThePanelsShow() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        BenchTrail trail = new BenchTrail(2);
        for (int file = 0; file < 10; file++) {
            documents.addAll(normalized(trail.logFile(file, 2_000, FROM, SPAN)));
        }

        List<JsonNode> logins = documents.stream()
                .filter(document -> document.at("/event/action").asText().equals("ConsoleLogin")).toList();
        assertThat(Normalized.values(logins, "/aws/cloudtrail/mfa_used")).containsExactlyInAnyOrder("true", "false");
        assertThat(Normalized.values(logins, "/event/outcome")).contains("success", "failure");
        assertThat(Normalized.values(documents, "/aws/cloudtrail/user_identity/type"))
                .contains("AssumedRole", "IAMUser", "AWSService", "Root");
        assertThat(Normalized.values(documents, "/aws/cloudtrail/event_type")).contains("AwsApiCall", "AwsConsoleSignIn",
                "AwsServiceEvent");
        long errors = documents.stream().filter(document -> document.at("/error/code").isTextual()).count();
        assertThat(errors).isBetween(documents.size() / 100L, documents.size() / 10L);
        assertThat(Normalized.values(documents, "/error/code")).contains("AccessDenied", "Client.UnauthorizedOperation");
        assertThat(Normalized.values(documents, "/user/name")).hasSizeGreaterThan(300).contains(BenchTrail.name(0));
        assertThat(Normalized.values(documents, "/source/ip")).hasSizeGreaterThan(200);
        assertThat(Normalized.values(documents, "/cloud/account/id")).hasSize(BenchEstate.ACCOUNTS.size());
    }

    @Test
    void theSameSeedAndFileGiveTheSameFile() {
        assertThat(new BenchTrail(5).logFile(7, 100, FROM, SPAN)).isEqualTo(new BenchTrail(5).logFile(7, 100, FROM, SPAN));
        assertThat(new BenchTrail(5).logFile(7, 100, FROM, SPAN)).isNotEqualTo(new BenchTrail(6).logFile(7, 100, FROM, SPAN));
    }
}
