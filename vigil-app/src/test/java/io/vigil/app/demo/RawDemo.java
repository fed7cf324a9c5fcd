package io.vigil.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The demo's raw files read back with plain Jackson and gzip, not with Vigil's decoders. */
final class RawDemo {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> trail = new ArrayList<>();
    final List<JsonNode> guardDuty = new ArrayList<>();
    final List<JsonNode> inspectorPages = new ArrayList<>();
    final List<JsonNode> securityHubEvents = new ArrayList<>();

    RawDemo(DemoManifest manifest) {
        for (Path file : files(manifest.folders().get("cloudtrail"))) {
            read(file).get("Records").forEach(trail::add);
        }
        for (Path file : files(manifest.folders().get("guardduty"))) {
            guardDuty.addAll(lines(file));
        }
        for (Path file : files(manifest.folders().get("inspector"))) {
            inspectorPages.add(read(file));
        }
        for (Path file : files(manifest.folders().get("securityhub"))) {
            securityHubEvents.addAll(lines(file));
        }
    }

    List<JsonNode> inspectorFindings() {
        List<JsonNode> findings = new ArrayList<>();
        inspectorPages.forEach(page -> page.get("findings").forEach(findings::add));
        return findings;
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static List<JsonNode> lines(Path file) {
        List<JsonNode> values = new ArrayList<>();
        try (InputStream in = open(file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                values.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return values;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
