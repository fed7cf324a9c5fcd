package io.vigil.app.demo;

import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.sources.ecs.EcsDataset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The demo: two programs, four projects sharing some AWS accounts, and 30 days of CloudTrail-shaped
 * events ingested through the same pipeline as real data. Seeded, so every demo shows the same story.
 */
public final class DemoDataset {

    public static final long SEED = 20201127L;
    public static final int EVENTS = 20_000;
    private static final Duration SPAN = Duration.ofDays(30);

    private DemoDataset() {
    }

    /** The demo's project map; account 111122223333 is shared by two projects. */
    public static List<ProgramConfig> programs() {
        return List.of(
                new ProgramConfig("commerce", List.of(
                        project("storefront", List.of("111122223333"), List.of("web-*")),
                        project("payments", List.of("111122223333", "444455556666"), List.of("api-*")))),
                new ProgramConfig("platform", List.of(
                        project("identity", List.of("777788889999"), List.of()),
                        project("infrastructure", List.of(), List.of("bastion", "worker-*")))));
    }

    private static ProjectConfig project(String name, List<String> accounts, List<String> hosts) {
        return new ProjectConfig(name, null, accounts, null, null, null, hosts);
    }

    /** Ingests the demo events ending at today's midnight (UTC) and waits for the engine to have them. */
    public static DeliveryReport load(Pipeline pipeline, DatasetRegistry datasets, Clock clock) {
        Instant end = clock.instant().truncatedTo(ChronoUnit.DAYS);
        SyntheticEvents events = new SyntheticEvents(SEED, end.minus(SPAN), SPAN);
        return pipeline.ingest(datasets.require(EcsDataset.NAME), SourceLocation.whole("demo:synthetic-cloudtrail"),
                events.ndjson(0, EVENTS)).completion().join();
    }
}
