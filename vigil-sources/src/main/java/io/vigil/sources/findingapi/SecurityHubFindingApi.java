package io.vigil.sources.findingapi;

import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.securityhub.SecurityHubDataset;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.DateFilter;

/**
 * Security Hub {@code GetFindings} (ASFF, every product, archived records included), filtered on
 * {@code UpdatedAt} with ISO-8601 start and end, 100 findings a page.
 */
final class SecurityHubFindingApi implements FindingApi<SecurityHubClient, AwsSecurityFinding> {

    /** The largest page GetFindings returns. */
    static final int PAGE_SIZE = 100;

    @Override
    public String name() {
        return "securityhub";
    }

    @Override
    public FindingSource source() {
        return FindingSource.SECURITYHUB;
    }

    @Override
    public String dataset() {
        return SecurityHubDataset.NAME;
    }

    @Override
    public String envelope() {
        return "Findings";
    }

    @Override
    public String permissions() {
        return "securityhub:GetFindings";
    }

    @Override
    public SecurityHubClient client(TargetClients clients) {
        return clients.build(SecurityHubClient.builder());
    }

    @Override
    public Stream<FindingPage<AwsSecurityFinding>> pages(SecurityHubClient client, Instant since, Instant until) {
        DateFilter window = DateFilter.builder().start(since.toString()).end(until.toString()).build();
        return client.getFindingsPaginator(request -> request
                        .maxResults(PAGE_SIZE)
                        .filters(filters -> filters.updatedAt(window)))
                .stream()
                .map(page -> new FindingPage<>("GetFindings", "", page.findings()));
    }

    @Override
    public Optional<Instant> updatedAt(AwsSecurityFinding finding) {
        return FindingTimes.parse(finding.updatedAt());
    }
}
