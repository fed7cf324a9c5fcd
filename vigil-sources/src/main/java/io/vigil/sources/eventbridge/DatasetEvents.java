package io.vigil.sources.eventbridge;

/**
 * The events of one body that go to one dataset, as that dataset's decoder reads them: NDJSON, each
 * event unchanged and on a line of its own.
 *
 * @param count the number of events (lines)
 */
public record DatasetEvents(String dataset, byte[] ndjson, int count) {
}
