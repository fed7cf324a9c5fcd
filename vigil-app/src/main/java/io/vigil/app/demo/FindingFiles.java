package io.vigil.app.demo;

import static io.vigil.app.demo.Json.array;
import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes finding updates in the forms they are delivered in:
 * <ul>
 *   <li>GuardDuty's S3 export: gzip JSON lines at
 *       {@code AWSLogs/<account>/GuardDuty/<region>/YYYY/MM/DD/<uuid>.jsonl.gz}, one file per export;</li>
 *   <li>Inspector's {@code ListFindings} output, pages of up to 100 findings ({@code {"findings":[...],
 *       "nextToken":...}}), as a daily poll of the day's updates saves them:
 *       {@code <account>/<region>/YYYY/MM/DD/list-findings-<page>.json};</li>
 *   <li>Security Hub's "Security Hub Findings - Imported" EventBridge events, one per line, gzip, in
 *       the hourly objects a Firehose delivery stream writes: {@code YYYY/MM/DD/HH/<stream>-1-<time>-<uuid>.gz}.</li>
 * </ul>
 */
final class FindingFiles {

    static final int PAGE_SIZE = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FIREHOSE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final SplittableRandom names;

    FindingFiles(ObjectMapper json, SplittableRandom names) {
        this.json = json;
        this.names = names;
    }

    /** @return the number of files written */
    int guardDuty(Path root, List<FindingRecord> updates) {
        Map<String, List<FindingRecord>> exports = group(updates, update -> update.account() + "/" + update.region()
                + "/" + update.delivered().getEpochSecond());
        for (List<FindingRecord> export : exports.values()) {
            FindingRecord first = export.get(0);
            Path file = root.resolve("AWSLogs").resolve(first.account()).resolve("GuardDuty").resolve(first.region())
                    .resolve(DAY.format(first.delivered())).resolve(AwsIds.uuid(names) + ".jsonl.gz");
            lines(file, export);
        }
        return exports.size();
    }

    /** @return the number of files written */
    int inspector(Path root, List<FindingRecord> updates) {
        Map<String, List<FindingRecord>> polls = group(updates, update -> update.account() + "/" + update.region()
                + "/" + DAY.format(update.updatedAt()));
        int files = 0;
        for (List<FindingRecord> poll : polls.values()) {
            FindingRecord first = poll.get(0);
            Path folder = root.resolve(first.account()).resolve(first.region()).resolve(DAY.format(first.updatedAt()));
            for (int page = 0; page * PAGE_SIZE < poll.size(); page++) {
                List<FindingRecord> findings = poll.subList(page * PAGE_SIZE, Math.min(poll.size(), (page + 1) * PAGE_SIZE));
                ArrayNode array = array();
                findings.forEach(finding -> array.add(finding.record()));
                ObjectNode response = object("findings", array);
                if ((page + 1) * PAGE_SIZE < poll.size()) {
                    response.put("nextToken", Base64.getEncoder().encodeToString(AwsIds.hex(names, 48)
                            .getBytes(StandardCharsets.US_ASCII)));
                }
                write(folder.resolve("list-findings-" + (page + 1) + ".json"), response);
                files++;
            }
        }
        return files;
    }

    /** @return the number of files written */
    int securityHub(Path root, List<FindingRecord> events) {
        Map<String, List<FindingRecord>> objects = group(events, event -> HOUR.format(event.delivered()));
        for (List<FindingRecord> hour : objects.values()) {
            Instant first = hour.get(0).delivered();
            lines(root.resolve(HOUR.format(first)).resolve("security-hub-findings-1-" + FIREHOSE_TIME.format(first) + "-"
                    + AwsIds.uuid(names) + ".gz"), hour);
        }
        return objects.size();
    }

    /** The records grouped by key, in key order; each group in delivery order. */
    private static Map<String, List<FindingRecord>> group(List<FindingRecord> records,
                                                          Function<FindingRecord, String> key) {
        Map<String, List<FindingRecord>> groups = new TreeMap<>();
        for (FindingRecord record : records) {
            groups.computeIfAbsent(key.apply(record), k -> new ArrayList<>()).add(record);
        }
        Comparator<FindingRecord> delivery = Comparator.comparing(FindingRecord::delivered)
                .thenComparing(FindingRecord::updatedAt).thenComparing(FindingRecord::findingArn);
        groups.values().forEach(group -> group.sort(delivery));
        return groups;
    }

    private void lines(Path file, List<FindingRecord> records) {
        try (OutputStream out = Gzip.create(file)) {
            for (FindingRecord record : records) {
                out.write(json.writeValueAsBytes(record.record()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's findings file " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(Path file, ObjectNode content) {
        try {
            Files.createDirectories(file.getParent());
            json.writeValue(file.toFile(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's findings file " + file + ": " + e.getMessage(), e);
        }
    }
}
