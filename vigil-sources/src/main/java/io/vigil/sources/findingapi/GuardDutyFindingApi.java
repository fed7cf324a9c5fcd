package io.vigil.sources.findingapi;

import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.guardduty.GuardDutyDataset;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.OrderBy;
import software.amazon.awssdk.services.guardduty.model.SortCriteria;

/**
 * GuardDuty: every detector of the region ({@code ListDetectors}), its finding ids updated within the
 * window, oldest update first ({@code ListFindings}, criterion on {@code updatedAt} in epoch
 * milliseconds), then those findings ({@code GetFindings}): a listed page has at most 50 ids, as many
 * as one GetFindings call takes.
 */
final class GuardDutyFindingApi implements FindingApi<GuardDutyClient, Finding> {

    /** The largest page ListFindings returns, and the most ids GetFindings takes. */
    static final int PAGE_SIZE = 50;
    private static final String UPDATED_AT = "updatedAt";
    private static final SortCriteria OLDEST_UPDATE_FIRST = SortCriteria.builder()
            .attributeName(UPDATED_AT).orderBy(OrderBy.ASC).build();

    @Override
    public String name() {
        return "guardduty";
    }

    @Override
    public FindingSource source() {
        return FindingSource.GUARDDUTY;
    }

    @Override
    public String dataset() {
        return GuardDutyDataset.NAME;
    }

    @Override
    public String envelope() {
        return "findings";
    }

    @Override
    public String permissions() {
        return "guardduty:ListDetectors, guardduty:ListFindings and guardduty:GetFindings";
    }

    @Override
    public GuardDutyClient client(TargetClients clients) {
        return clients.build(GuardDutyClient.builder());
    }

    @Override
    public Stream<FindingPage<Finding>> pages(GuardDutyClient client, Instant since, Instant until) {
        Condition window = Condition.builder()
                .greaterThanOrEqual(since.toEpochMilli())
                .lessThanOrEqual(until.toEpochMilli())
                .build();
        return client.listDetectorsPaginator().detectorIds().stream()
                .flatMap(detector -> client.listFindingsPaginator(request -> request
                                .detectorId(detector)
                                .maxResults(PAGE_SIZE)
                                .findingCriteria(criteria -> criteria.criterion(Map.of(UPDATED_AT, window)))
                                .sortCriteria(OLDEST_UPDATE_FIRST))
                        .stream()
                        .filter(listed -> !listed.findingIds().isEmpty())
                        .map(listed -> new FindingPage<>("GetFindings", "detector " + detector, client.getFindings(
                                request -> request.detectorId(detector).findingIds(listed.findingIds())
                                        .sortCriteria(OLDEST_UPDATE_FIRST))
                                .findings())));
    }

    @Override
    public Optional<Instant> updatedAt(Finding finding) {
        return FindingTimes.parse(finding.updatedAt());
    }
}
