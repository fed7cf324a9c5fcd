package io.vigil.sources.findingapi;

import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.inspector.InspectorDataset;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.DateFilter;
import software.amazon.awssdk.services.inspector2.model.Finding;

/** Inspector v2 {@code ListFindings}, filtered on {@code updatedAt}, 100 findings a page. */
final class InspectorFindingApi implements FindingApi<Inspector2Client, Finding> {

    /** The largest page ListFindings returns. */
    static final int PAGE_SIZE = 100;

    @Override
    public String name() {
        return "inspector2";
    }

    @Override
    public FindingSource source() {
        return FindingSource.INSPECTOR;
    }

    @Override
    public String dataset() {
        return InspectorDataset.NAME;
    }

    @Override
    public String envelope() {
        return "findings";
    }

    @Override
    public String permissions() {
        return "inspector2:ListFindings";
    }

    @Override
    public Inspector2Client client(TargetClients clients) {
        return clients.build(Inspector2Client.builder());
    }

    @Override
    public Stream<FindingPage<Finding>> pages(Inspector2Client client, Instant since, Instant until) {
        DateFilter window = DateFilter.builder().startInclusive(since).endInclusive(until).build();
        return client.listFindingsPaginator(request -> request
                        .maxResults(PAGE_SIZE)
                        .filterCriteria(filter -> filter.updatedAt(window)))
                .stream()
                .map(page -> new FindingPage<>("ListFindings", "", page.findings()));
    }

    @Override
    public Optional<Instant> updatedAt(Finding finding) {
        return Optional.ofNullable(finding.updatedAt());
    }
}
