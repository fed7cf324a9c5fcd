package io.vigil.app.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes CloudTrail records as CloudTrail delivers them to S3: gzip log files of the form
 * {@code {"Records":[...]}} at
 * {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<random>.json.gz}.
 * One file per account, region and hour of records (CloudTrail writes about every five minutes; an
 * hour keeps the demo's file count small), named for the five-minute mark after its last record.
 */
final class TrailFiles {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final long FIVE_MINUTES = 300;

    private final Path root;
    private final ObjectMapper json;
    private final SplittableRandom names;
    private long records;
    private int files;

    TrailFiles(Path root, ObjectMapper json, SplittableRandom names) {
        this.root = root;
        this.json = json;
        this.names = names;
    }

    /** Writes the records, one file per account, region and hour. */
    void write(List<TrailEvent> events) {
        Map<String, List<TrailEvent>> byFile = new TreeMap<>();
        for (TrailEvent event : events) {
            long hour = event.time().getEpochSecond() / 3600;
            byFile.computeIfAbsent(event.account() + "/" + event.region() + "/" + hour, key -> new ArrayList<>()).add(event);
        }
        for (List<TrailEvent> file : byFile.values()) {
            file.sort(Comparator.comparing(TrailEvent::time));
            writeFile(file);
        }
    }

    long records() {
        return records;
    }

    int files() {
        return files;
    }

    private void writeFile(List<TrailEvent> events) {
        TrailEvent first = events.get(0);
        long last = events.get(events.size() - 1).time().getEpochSecond();
        Instant written = Instant.ofEpochSecond((last / FIVE_MINUTES + 1) * FIVE_MINUTES);
        String name = first.account() + "_CloudTrail_" + first.region() + "_" + FILE_TIME.format(written) + "_"
                + AwsIds.alphanumeric(names, 16) + ".json.gz";
        Path file = root.resolve("AWSLogs").resolve(first.account()).resolve("CloudTrail").resolve(first.region())
                .resolve(FOLDER.format(written)).resolve(name);
        try (OutputStream out = Gzip.create(file); JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeArrayFieldStart("Records");
            for (TrailEvent event : events) {
                json.writeTree(generator, event.record());
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's CloudTrail log file " + file + ": " + e.getMessage(), e);
        }
        records += events.size();
        files++;
    }
}
