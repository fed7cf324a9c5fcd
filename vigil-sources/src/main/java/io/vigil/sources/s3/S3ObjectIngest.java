package io.vigil.sources.s3;

import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.Delivery;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.core.pipeline.Pipeline;
import io.vigil.sources.aws.AwsErrors;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Reads S3 objects of one dataset through the pipeline, streaming each body from the connection into
 * the decoder (an object is never held whole in memory). Content the decoder cannot read is
 * dead-lettered by the pipeline like that of any file; an object that cannot be fetched, whose
 * transfer breaks off, or whose documents the store refuses, fails with an {@link ObjectReadException}
 * so that its caller can report it or read it again.
 */
public final class S3ObjectIngest {

    /** Unread bytes read out to keep a connection rather than open a new one. */
    private static final int UNREAD_DRAINED = 64 * 1024;

    private final S3Client s3;
    private final Pipeline pipeline;
    private final Dataset dataset;

    public S3ObjectIngest(S3Client s3, Pipeline pipeline, Dataset dataset) {
        this.s3 = s3;
        this.pipeline = pipeline;
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Reads the object on the calling thread (blocking while the sink applies back-pressure). The
     * future completes, on a store thread, once every document was acknowledged; callers continue
     * with the {@code *Async} forms on their own executor.
     */
    public CompletableFuture<DeliveryReport> ingest(S3Uri object) {
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = s3.getObject(request -> request.bucket(object.bucket()).key(object.key()));
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(
                    new ObjectReadException(object, "cannot be read: " + AwsErrors.describe(e), e));
        }
        TransferWatch transfer = new TransferWatch(body);
        Delivery delivery;
        try {
            delivery = pipeline.ingest(dataset, SourceLocation.whole(object.toString()), transfer);
        } finally {
            release(body, transfer);
        }
        Exception broken = transfer.failure();
        CompletableFuture<DeliveryReport> result = new CompletableFuture<>();
        delivery.completion().whenComplete((report, failure) -> {
            if (broken != null) {
                result.completeExceptionally(new ObjectReadException(object, "the transfer broke off after "
                        + transfer.bytes() + " bytes: " + AwsErrors.describe(broken), broken));
            } else if (failure != null) {
                result.completeExceptionally(new ObjectReadException(object,
                        "its documents were not stored: " + AwsErrors.describe(failure), failure));
            } else {
                result.complete(report);
            }
        });
        return result;
    }

    /** Gives the connection back, or drops it when much of the body was left unread. */
    private static void release(ResponseInputStream<GetObjectResponse> body, TransferWatch transfer) {
        if (!transfer.drain(UNREAD_DRAINED)) {
            body.abort();
        }
        try {
            body.close();
        } catch (java.io.IOException | RuntimeException e) {
            // the connection is discarded; nothing of the object depends on it any more
        }
    }
}
