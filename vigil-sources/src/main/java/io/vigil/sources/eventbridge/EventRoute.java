package io.vigil.sources.eventbridge;

/**
 * One row of the EventBridge routing table: events of this source and detail-type go to this dataset.
 *
 * @param source     the event's {@code source} exactly ({@code aws.guardduty}), or a prefix followed by
 *                   {@code *} ({@code aws.*}: every AWS service)
 * @param detailType the event's {@code detail-type} exactly
 * @param dataset    the dataset whose decoder reads these events
 */
public record EventRoute(String source, String detailType, String dataset) {

    private static final String ANY = "*";

    public boolean matches(String eventSource, String eventDetailType) {
        if (!detailType.equals(eventDetailType)) {
            return false;
        }
        return source.endsWith(ANY)
                ? eventSource.startsWith(source.substring(0, source.length() - ANY.length()))
                : source.equals(eventSource);
    }

    @Override
    public String toString() {
        return "source " + source + " and detail-type '" + detailType + "' to " + dataset;
    }
}
