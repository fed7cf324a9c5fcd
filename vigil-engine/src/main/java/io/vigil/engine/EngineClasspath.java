package io.vigil.engine;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The engine JVM's class path. While developing, {@code -Dvigil.engine.classpath} names the file this module's
 * build writes (the server jars), to which this module's own classes are added. In the distribution,
 * {@code ${vigil.home}/engine/} holds all the jars.
 */
final class EngineClasspath {

    static final String CLASSPATH_FILE_PROPERTY = "vigil.engine.classpath";
    static final String HOME_PROPERTY = "vigil.home";

    private EngineClasspath() {
    }

    static String resolve() {
        return resolve(System.getProperty(CLASSPATH_FILE_PROPERTY), System.getProperty(HOME_PROPERTY));
    }

    static String resolve(String classpathFile, String home) {
        if (classpathFile != null && !classpathFile.isBlank()) {
            return fromClasspathFile(Path.of(classpathFile));
        }
        if (home != null && !home.isBlank()) {
            return fromDistribution(Path.of(home).resolve("engine"));
        }
        throw new EngineStartException("cannot find the embedded engine's jars: neither " + HOME_PROPERTY + " nor "
                + CLASSPATH_FILE_PROPERTY + " is set; start Vigil with its bin/vigil script, or use engine.url for an external engine");
    }

    private static String fromClasspathFile(Path file) {
        try {
            return ownCodeLocation() + File.pathSeparator + Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new EngineStartException("cannot read the engine class path file " + file + " (" + CLASSPATH_FILE_PROPERTY
                    + "): " + e.getMessage() + "; build it with: mvn -pl vigil-engine generate-resources", e);
        }
    }

    private static String fromDistribution(Path engineJars) {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(engineJars, "*.jar")) {
            if (jars.iterator().hasNext()) {
                return engineJars + File.separator + "*";
            }
        } catch (IOException e) {
            // reported below
        }
        throw new EngineStartException("the Vigil distribution in " + engineJars.getParent() + " has no engine jars in "
                + engineJars + "; reinstall Vigil, or use engine.url for an external engine");
    }

    /** This module's classes: target/classes while developing, the vigil-engine jar otherwise. */
    private static Path ownCodeLocation() {
        try {
            return Path.of(EngineClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the vigil-engine classes", e);
        }
    }
}
