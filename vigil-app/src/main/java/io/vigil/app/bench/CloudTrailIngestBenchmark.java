package io.vigil.app.bench;

import io.vigil.app.ingest.FileIngest;
import io.vigil.app.ingest.IngestTotals;
import io.vigil.app.ingest.InputFiles;
import io.vigil.app.ingest.ProgressBar;
import io.vigil.app.runtime.Vigil;
import io.vigil.core.pipeline.Dataset;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.cloudtrail.SyntheticTrail;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * {@code vigil ingest cloudtrail} of gzip log files laid out as CloudTrail delivers them to S3
 * ({@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/}, 1,000 records a file), measured from
 * the first file read to the last document acknowledged, into the engine.
 */
public final class CloudTrailIngestBenchmark {

    private static final int RECORDS_PER_FILE = 1_000;
    private static final String DAY_FOLDER = "AWSLogs/111122223310/CloudTrail/eu-west-1/2026/11/02/";

    private final Vigil vigil;
    private final int events;
    private final int readers;

    public CloudTrailIngestBenchmark(Vigil vigil, int events, int readers) {
        this.vigil = vigil;
        this.events = events;
        this.readers = readers;
    }

    /** Writes the log files under {@code folder}; returns their uncompressed JSON size. */
    public long writeLogFiles(Path folder) {
        SyntheticTrail trail = new SyntheticTrail(new Random(42));
        long json = 0;
        try {
            Path day = Files.createDirectories(folder.resolve(DAY_FOLDER));
            for (int start = 0, file = 0; start < events; start += RECORDS_PER_FILE, file++) {
                byte[] log = trail.logFile(Math.min(RECORDS_PER_FILE, events - start));
                json += log.length;
                Path name = day.resolve(String.format("111122223310_CloudTrail_eu-west-1_20261102T%04dZ_%06d.json.gz", file % 2400, file));
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(name), 64 * 1024)) {
                    out.write(log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's log files under " + folder, e);
        }
        return json;
    }

    /** Ingests the folder written by {@link #writeLogFiles} and checks the engine holds every record once. */
    public IngestResult ingest(Path folder, long jsonBytes) {
        Dataset cloudtrail = vigil.datasets().require(CloudTrailDataset.NAME);
        List<Path> files = InputFiles.expand(List.of(folder));
        IngestTotals totals = new IngestTotals();
        long started = System.nanoTime();
        try (ProgressBar quiet = new ProgressBar(System.err, totals, files.size(), false)) {
            var done = new FileIngest(vigil.pipeline(), cloudtrail, readers).ingest(files, totals, quiet, problem -> {
                throw new IllegalStateException("benchmark input failed: " + problem);
            });
            vigil.sink().flush();
            done.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return IngestResult.measure(vigil, CloudTrailDataset.INDEX, events, totals.indexed(), jsonBytes, seconds);
    }
}
