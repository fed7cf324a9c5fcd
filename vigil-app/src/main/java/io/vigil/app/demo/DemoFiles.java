package io.vigil.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.cloudtrail.CloudTrailDataset;
import io.vigil.sources.guardduty.GuardDutyDataset;
import io.vigil.sources.inspector.InspectorDataset;
import io.vigil.sources.securityhub.SecurityHubDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates the demo's raw data into a folder, one subfolder per dataset, in the services' own
 * formats and layouts: CloudTrail log files, GuardDuty's S3 export, Inspector's {@code ListFindings}
 * pages and Security Hub's EventBridge events. The same seed and end give byte-identical files.
 */
final class DemoFiles {

    static final int DAYS = 30;
    /**
     * The datasets, in the order they are imported. Security Hub's copy of a GuardDuty update and the
     * update itself make one finding state with the same version: the one written last is kept, and
     * it should be GuardDuty's own.
     */
    static final List<String> DATASETS = List.of(CloudTrailDataset.NAME, InspectorDataset.NAME,
            SecurityHubDataset.NAME, GuardDutyDataset.NAME);

    private DemoFiles() {
    }

    /**
     * Writes the 30 days before {@code end} into {@code directory}, replacing what a previous run left there.
     *
     * @param end a midnight (UTC): the demo ends there, usually at the start of today
     */
    static DemoManifest write(Path directory, long seed, Instant end) {
        if (!end.equals(end.truncatedTo(ChronoUnit.DAYS))) {
            throw new IllegalArgumentException("the demo's 30 days end at a midnight (UTC), not at " + end);
        }
        Instant start = end.minus(Duration.ofDays(DAYS));
        clear(directory);
        ObjectMapper json = new ObjectMapper();
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String dataset : DATASETS) {
            folders.put(dataset, directory.resolve(dataset));
        }
        Map<String, Integer> files = new LinkedHashMap<>();
        Map<String, Long> records = new LinkedHashMap<>();

        TrailFiles trail = new TrailFiles(folders.get(CloudTrailDataset.NAME), json, Seeds.of(seed, Seeds.NAMES));
        DemoTrail days = new DemoTrail(seed, start, end);
        for (int day = 0; day < DAYS; day++) {
            trail.write(days.day(day));
        }
        files.put(CloudTrailDataset.NAME, trail.files());
        records.put(CloudTrailDataset.NAME, trail.records());

        List<FindingRecord> vulnerabilities = new DemoVulnerabilities(Seeds.of(seed, Seeds.VULNERABILITIES), start, end)
                .updates();
        DemoThreats threats = new DemoThreats(Seeds.of(seed, Seeds.THREATS), start, end);
        FindingFiles findingFiles = new FindingFiles(json, Seeds.of(seed, Seeds.DELIVERY));
        files.put(InspectorDataset.NAME, findingFiles.inspector(folders.get(InspectorDataset.NAME), vulnerabilities));
        files.put(SecurityHubDataset.NAME, findingFiles.securityHub(folders.get(SecurityHubDataset.NAME), threats.copied()));
        files.put(GuardDutyDataset.NAME, findingFiles.guardDuty(folders.get(GuardDutyDataset.NAME), threats.exported()));
        records.put(InspectorDataset.NAME, (long) vulnerabilities.size());
        records.put(SecurityHubDataset.NAME, (long) threats.copied().size());
        records.put(GuardDutyDataset.NAME, (long) threats.exported().size());

        Set<String> findings = new HashSet<>();
        Set<String> updates = new HashSet<>();
        for (List<FindingRecord> source : List.of(vulnerabilities, threats.exported(), threats.copied())) {
            for (FindingRecord update : source) {
                findings.add(update.findingArn());
                updates.add(update.findingArn() + " " + update.updatedAt());
            }
        }
        return new DemoManifest(directory, folders, files, records, findings.size(), updates.size());
    }

    private static void clear(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the demo data folder " + directory + ": " + e.getMessage()
                    + "; delete it and start again", e);
        }
    }
}
