package io.vigil.sources.eventbridge;

import java.util.List;

/**
 * One body's events sorted by dataset, in the order the datasets first appear, and the events no
 * dataset takes.
 */
public record RoutedEvents(List<DatasetEvents> datasets, List<UnroutedEvent> unrouted) {

    public RoutedEvents {
        datasets = List.copyOf(datasets);
        unrouted = List.copyOf(unrouted);
    }

    /** Events routed to a dataset plus unrouted entries. */
    public int events() {
        return datasets.stream().mapToInt(DatasetEvents::count).sum() + unrouted.size();
    }
}
