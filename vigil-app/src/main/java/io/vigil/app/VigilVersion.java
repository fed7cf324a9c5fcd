package io.vigil.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the build. */
public final class VigilVersion implements CommandLine.IVersionProvider {

    public static String version() {
        try (InputStream in = VigilVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vigil " + version(), "Java " + System.getProperty("java.version")};
    }
}
