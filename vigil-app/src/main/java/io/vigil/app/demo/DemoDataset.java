package io.vigil.app.demo;

import io.vigil.app.ingest.FileIngest;
import io.vigil.app.ingest.IngestTotals;
import io.vigil.app.ingest.InputFiles;
import io.vigil.app.ingest.ProgressBar;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo: two programs, four projects sharing some AWS accounts, and 30 days of raw data in the
 * services' own formats (CloudTrail log files, GuardDuty's S3 export, Inspector's findings pages,
 * Security Hub's events), written into the data directory and imported exactly as
 * {@code vigil ingest <dataset> <folder>} imports files. Seeded, so every demo tells the same stories.
 */
public final class DemoDataset {

    public static final long SEED = 20201127L;
    /** Where in the data directory the raw files are written. */
    public static final String FOLDER = "demo-data";
    private static final int READERS = 2;

    private DemoDataset() {
    }

    /**
     * The demo's project map. Account 111122223333 is shared by storefront and payments; the
     * infrastructure project lives in the identity account and is told apart by its resources.
     */
    public static List<ProgramConfig> programs() {
        List<String> infrastructure = new ArrayList<>(DemoEstate.instancesOf(DemoEstate.INFRASTRUCTURE).stream()
                .map(Instance::id).toList());
        infrastructure.add("arn:aws:s3:::" + DemoEstate.PLATFORM_BUCKET_PREFIX + "*");
        return List.of(
                new ProgramConfig("commerce", List.of(
                        project(DemoEstate.STOREFRONT, List.of(), List.of(DemoEstate.SHARED_ACCOUNT), List.of("web-*")),
                        project(DemoEstate.PAYMENTS, List.of(),
                                List.of(DemoEstate.SHARED_ACCOUNT, DemoEstate.PAYMENTS_ACCOUNT), List.of("api-*")))),
                new ProgramConfig("platform", List.of(
                        project(DemoEstate.IDENTITY, List.of(), List.of(DemoEstate.IDENTITY_ACCOUNT), List.of()),
                        project(DemoEstate.INFRASTRUCTURE, infrastructure, List.of(), List.of("bastion", "worker-*")))));
    }

    private static ProjectConfig project(String name, List<String> resources, List<String> accounts, List<String> hosts) {
        return new ProjectConfig(name, resources, accounts, null, null, null, hosts);
    }

    /**
     * Writes the demo's files for the 30 days ending at today's midnight (UTC) into the data
     * directory, imports them and waits until the engine has acknowledged and can search everything.
     */
    public static DemoLoad load(Vigil vigil, Clock clock) {
        long started = System.nanoTime();
        Instant end = clock.instant().truncatedTo(ChronoUnit.DAYS);
        DemoManifest written = DemoFiles.write(vigil.config().dataDir().resolve(FOLDER), SEED, end);
        Map<String, IngestTotals> ingested = new LinkedHashMap<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        for (String dataset : DemoFiles.DATASETS) {
            ingested.put(dataset, ingest(vigil, dataset, written.folders().get(dataset), problems));
        }
        vigil.engine().backend().refresh("vigil-*");
        return new DemoLoad(written, ingested, problems, Duration.ofNanos(System.nanoTime() - started));
    }

    private static IngestTotals ingest(Vigil vigil, String dataset, Path folder, List<String> problems) {
        IngestTotals totals = new IngestTotals();
        List<Path> files = InputFiles.expand(List.of(folder));
        try (ProgressBar silent = new ProgressBar(System.err, totals, files.size(), false)) {
            CompletableFuture<Void> acknowledged = new FileIngest(vigil.pipeline(), vigil.datasets().require(dataset),
                    READERS).ingest(files, totals, silent, problems::add);
            vigil.sink().flush();
            acknowledged.join();
        }
        return totals;
    }
}
