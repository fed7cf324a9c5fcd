package io.vigil.sources.s3;

import io.vigil.core.concurrent.DaemonThreads;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.aws.AwsErrors;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads the log files under an S3 prefix ({@code vigil ingest cloudtrail s3://bucket/prefix}). The
 * listing walks the folders of the {@link AwsLogsLayout} one level at a time and descends only into
 * those that can hold files of the wanted services and days, so a date range lists those days, not
 * the whole bucket. Several objects are read at once, at most {@code concurrency}; the listing waits
 * while that many are being read. An object that cannot be read is reported and counted; the others
 * go on.
 */
public final class S3Backfill {

    private static final Logger LOG = LoggerFactory.getLogger(S3Backfill.class);
    private static final String DELIMITER = "/";

    private final S3Client s3;
    private final S3ObjectIngest objects;
    private final AwsLogsLayout layout;
    private final int concurrency;

    public S3Backfill(S3Client s3, Pipeline pipeline, Dataset dataset, AwsLogsLayout layout, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        this.s3 = s3;
        this.objects = new S3ObjectIngest(s3, pipeline, dataset);
        this.layout = layout;
        this.concurrency = concurrency;
    }

    /**
     * Lists and reads the log files under {@code location} whose delivery day is from {@code since} to
     * {@code until} (both included, either may be null). Each object's acknowledged counts go to
     * {@code onObject}; each object that failed, with its reason, to {@code problems}; both are called
     * on one thread of the backfill, one call at a time. The future completes once every document of
     * every object was acknowledged; it fails only when the location cannot be listed (after the
     * objects already started have completed).
     */
    public CompletableFuture<BackfillSummary> run(S3Uri location, LocalDate since, LocalDate until,
                                                  Consumer<DeliveryReport> onObject, Consumer<String> problems) {
        Run run = new Run(location, new DateRange(since, until), onObject, problems);
        Thread lister = DaemonThreads.named("s3-backfill-lister").newThread(run::list);
        lister.start();
        return run.done;
    }

    /** One backfill: its listing, its readers, and its counts. */
    private final class Run {

        private final S3Uri location;
        private final DateRange range;
        private final Consumer<DeliveryReport> onObject;
        private final Consumer<String> problems;
        private final ExecutorService readers = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("s3-backfill-reader"));
        private final ExecutorService reporter = Executors.newSingleThreadExecutor(DaemonThreads.named("s3-backfill-reporter"));
        private final Semaphore reading = new Semaphore(concurrency);
        /** Objects not yet acknowledged, plus one for the listing. */
        private final AtomicLong outstanding = new AtomicLong(1);
        private final AtomicLong objectsRead = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final CompletableFuture<BackfillSummary> done = new CompletableFuture<>();
        private volatile RuntimeException listingFailure;

        Run(S3Uri location, DateRange range, Consumer<DeliveryReport> onObject, Consumer<String> problems) {
            this.location = location;
            this.range = range;
            this.onObject = onObject;
            this.problems = problems;
        }

        void list() {
            try {
                walk(location.key());
            } catch (SdkException e) {
                listingFailure = new IllegalStateException(location + " cannot be listed: " + AwsErrors.describe(e)
                        + "; check the bucket name, the region and the credentials' s3:ListBucket permission", e);
            } catch (RuntimeException e) {
                listingFailure = e;
            } finally {
                settle();
            }
        }

        private void walk(String prefix) {
            Iterable<ListObjectsV2Response> pages = s3.listObjectsV2Paginator(request -> request
                    .bucket(location.bucket()).prefix(prefix).delimiter(DELIMITER));
            for (ListObjectsV2Response page : pages) {
                for (S3Object object : page.contents()) {
                    consider(object.key());
                }
                for (CommonPrefix folder : page.commonPrefixes()) {
                    if (layout.mayHold(folder.prefix(), range)) {
                        walk(folder.prefix());
                    }
                }
            }
        }

        private void consider(String key) {
            if (key.endsWith(DELIMITER)) {
                return; // a folder marker made by the console, not an object
            }
            Optional<LocalDate> day = layout.logDay(key);
            if (day.isPresent() && range.contains(day.get())) {
                read(location.object(key));
            } else {
                skipped.incrementAndGet();
            }
        }

        private void read(S3Uri object) {
            reading.acquireUninterruptibly();
            outstanding.incrementAndGet();
            objectsRead.incrementAndGet();
            readers.execute(() -> {
                CompletableFuture<DeliveryReport> completion;
                try {
                    completion = objects.ingest(object);
                } catch (RuntimeException e) {
                    completion = CompletableFuture.failedFuture(new ObjectReadException(object,
                            "cannot be read: " + AwsErrors.describe(e), e));
                } finally {
                    reading.release();
                }
                completion.whenCompleteAsync((report, failure) -> {
                    try {
                        if (failure == null) {
                            onObject.accept(report);
                        } else {
                            failed.incrementAndGet();
                            problems.accept(unwrap(failure).getMessage());
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("reporting {} failed", object, e);
                    } finally {
                        settle();
                    }
                }, reporter);
            });
        }

        private void settle() {
            if (outstanding.decrementAndGet() > 0) {
                return;
            }
            readers.shutdown();
            reporter.shutdown();
            if (listingFailure != null) {
                done.completeExceptionally(listingFailure);
            } else {
                done.complete(new BackfillSummary(objectsRead.get(), failed.get(), skipped.get()));
            }
        }

        private Throwable unwrap(Throwable failure) {
            return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        }
    }
}
