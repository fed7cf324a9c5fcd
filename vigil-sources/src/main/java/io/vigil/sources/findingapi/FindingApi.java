package io.vigil.sources.findingapi;

import io.vigil.sources.finding.FindingSource;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One service's findings API, as {@link FindingPoller} reads it: the findings updated within a time
 * window, page by page, as the SDK's model objects of the service.
 *
 * @param <C> the service's client
 * @param <F> the service's finding model
 */
interface FindingApi<C extends SdkClient, F extends SdkPojo> {

    /** The service as named in checkpoints and source locations, e.g. {@code inspector2}. */
    String name();

    FindingSource source();

    /** The dataset whose decoder and normalizer read the findings. */
    String dataset();

    /** The member that holds the findings in the service's own output ({@code findings} or {@code Findings}). */
    String envelope();

    /** The IAM actions the credentials need, for error messages. */
    String permissions();

    C client(TargetClients clients);

    /** The findings updated from {@code since} to {@code until}, both included, page by page as fetched. */
    Stream<FindingPage<F>> pages(C client, Instant since, Instant until);

    /** The finding's update time, when it has a readable one. */
    Optional<Instant> updatedAt(F finding);
}
