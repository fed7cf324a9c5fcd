package io.vigil.app.demo;

import io.vigil.app.ingest.IngestTotals;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo as loaded: what was written, what each dataset's import counted (in import order), the
 * problems met (files that could not be read or stored), and how long it took.
 */
public record DemoLoad(DemoManifest written, Map<String, IngestTotals> ingested, List<String> problems, Duration took) {

    public DemoLoad {
        problems = List.copyOf(problems);
    }

    public long deadLettered() {
        return ingested.values().stream().mapToLong(IngestTotals::deadLettered).sum();
    }

    /** One line: per dataset, the records read, the files they came in, and the dead letters if any. */
    public String summary() {
        return ingested.entrySet().stream().map(entry -> String.format(Locale.ROOT, "%s %,d records in %,d files%s",
                        entry.getKey(), entry.getValue().read(), written.files().get(entry.getKey()),
                        entry.getValue().deadLettered() == 0 ? ""
                                : String.format(Locale.ROOT, " (%,d dead-lettered)", entry.getValue().deadLettered())))
                .collect(Collectors.joining(", "));
    }
}
