package io.vigil.core.pipeline;

import io.vigil.core.document.SourceLocation;

/** Counts for one completed {@link Delivery}. */
public record DeliveryReport(SourceLocation origin, long read, long indexed, long alreadyPresent, long deadLettered) {
}
