package io.vigil.app.ingest;

import io.vigil.core.config.AwsConfig;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.SourceCatalog;
import io.vigil.sources.aws.AwsAccounts;
import io.vigil.sources.s3.S3Backfill;
import io.vigil.sources.s3.S3Uri;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code vigil ingest <dataset> s3://bucket/prefix}: backfills the dataset's {@code AWSLogs/} layout
 * from S3 with the account's credentials, objects read concurrently and streamed, never held whole.
 */
public final class S3Ingest implements AutoCloseable {

    private final AwsAccounts accounts;
    private final String account;

    public S3Ingest(AwsConfig config, Map<String, String> environment, String account) {
        this.accounts = new AwsAccounts(config, environment);
        this.account = account;
    }

    /** Refuses a dataset AWS does not deliver to S3, before anything starts. */
    public static void requireLayout(String dataset) {
        if (SourceCatalog.s3Layout(dataset).isEmpty()) {
            throw new IllegalArgumentException("s3:// inputs are read for datasets AWS delivers to S3 ("
                    + String.join(", ", SourceCatalog.s3Datasets()) + "), not for " + dataset);
        }
    }

    /** Completes when every document of every object under the locations was acknowledged. */
    public CompletableFuture<Void> ingest(List<S3Uri> locations, Pipeline pipeline, Dataset dataset, int concurrency,
                                          LocalDate since, LocalDate until, IngestTotals totals, ProgressBar progress,
                                          Consumer<String> problems) {
        requireLayout(dataset.name());
        S3Backfill backfill = new S3Backfill(accounts.clients(account).s3(null), pipeline, dataset,
                SourceCatalog.s3Layout(dataset.name()).orElseThrow(), concurrency);
        CompletableFuture<?>[] runs = locations.stream().map(location -> backfill.run(location, since, until,
                report -> {
                    totals.add(report);
                    progress.inputDone();
                },
                problem -> {
                    totals.inputFailed();
                    problems.accept(problem);
                }).exceptionally(failure -> {
                    totals.inputFailed();
                    problems.accept(location + ": " + (failure.getCause() == null ? failure : failure.getCause()).getMessage());
                    return null;
                })).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(runs);
    }

    @Override
    public void close() {
        accounts.close();
    }
}
