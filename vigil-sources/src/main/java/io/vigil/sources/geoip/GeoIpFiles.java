package io.vigil.sources.geoip;

import io.vigil.core.config.GeoIpConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the GeoIP database is, first rule that applies:
 * <ol>
 *   <li>{@code geoip.database} in the configuration: an MMDB file, or a directory of them;</li>
 *   <li>the directory in the system property {@value #DIRECTORY_PROPERTY} (the {@code vigil}
 *       launcher sets it to where it fetched DB-IP);</li>
 *   <li>the directory in the environment variable {@value #DIRECTORY_ENV} (also where
 *       {@code .ci/fetch-geoip} puts the files).</li>
 * </ol>
 * In a directory every {@code *.mmdb} file is used, in name order. No files: enrichment is off.
 *
 * @param files  the MMDB files found, possibly none
 * @param origin which rule gave them, and the path, for messages
 */
public record GeoIpFiles(List<Path> files, String origin) {

    public static final String DIRECTORY_PROPERTY = "vigil.geoip.dir";
    public static final String DIRECTORY_ENV = "VIGIL_GEOIP_DIR";
    private static final String EXTENSION = ".mmdb";

    public GeoIpFiles {
        files = List.copyOf(files);
    }

    /**
     * @param directoryProperty the value of the system property {@value #DIRECTORY_PROPERTY}, or {@code null}
     * @param environment       the process environment
     */
    public static GeoIpFiles locate(GeoIpConfig config, String directoryProperty, Map<String, String> environment) {
        if (config.database() != null) {
            return in(config.database(), "geoip.database " + config.database());
        }
        if (isSet(directoryProperty)) {
            return in(Path.of(directoryProperty), "system property " + DIRECTORY_PROPERTY + "=" + directoryProperty);
        }
        String fromEnvironment = environment.get(DIRECTORY_ENV);
        if (isSet(fromEnvironment)) {
            return in(Path.of(fromEnvironment), "environment variable " + DIRECTORY_ENV + "=" + fromEnvironment);
        }
        return new GeoIpFiles(List.of(), "no geoip.database, system property " + DIRECTORY_PROPERTY
                + " or environment variable " + DIRECTORY_ENV);
    }

    private static GeoIpFiles in(Path path, String origin) {
        if (Files.isRegularFile(path)) {
            return new GeoIpFiles(List.of(path), origin);
        }
        if (!Files.isDirectory(path)) {
            return new GeoIpFiles(List.of(), origin + " (no such file or directory)");
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<Path> files = entries.filter(file -> file.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile).sorted().toList();
            return new GeoIpFiles(files, files.isEmpty() ? origin + " (no " + EXTENSION + " file in it)" : origin);
        } catch (IOException e) {
            return new GeoIpFiles(List.of(), origin + " (cannot be listed: " + e.getMessage() + ")");
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
