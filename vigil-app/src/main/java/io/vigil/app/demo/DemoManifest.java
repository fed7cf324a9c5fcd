package io.vigil.app.demo;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the demo generator wrote: per dataset, its folder, the files, and the records in them
 * (CloudTrail records, finding updates, Security Hub events); and how many findings and distinct
 * finding updates they make, which is what the findings indices should hold once ingested.
 *
 * @param findings       distinct finding identities (Security Hub's copies are GuardDuty's findings)
 * @param findingUpdates distinct updates (a copy of an update is that update)
 */
public record DemoManifest(Path directory, Map<String, Path> folders, Map<String, Integer> files,
                           Map<String, Long> records, long findings, long findingUpdates) {

    public DemoManifest {
        folders = Map.copyOf(folders);
        files = Map.copyOf(files);
        records = Map.copyOf(records);
    }
}
