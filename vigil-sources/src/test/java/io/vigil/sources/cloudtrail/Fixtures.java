package io.vigil.sources.cloudtrail;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared real CloudTrail files ({@code ../shared/fixtures/cloudtrail}), found through the system
 * property {@code vigil.fixtures} that the build sets. Where they are absent the tests are skipped
 * with a message, except in CI ({@code CI=true}), where they must be there.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Path directory() {
        String root = System.getProperty("vigil.fixtures");
        Path directory = root == null ? null : Path.of(root, "cloudtrail");
        if (directory == null || !Files.isDirectory(directory)) {
            String message = "CloudTrail fixtures not found at " + directory
                    + " (system property vigil.fixtures); the golden tests need ../shared/fixtures beside the project";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return directory;
    }

    static byte[] read(String name) throws IOException {
        return Files.readAllBytes(directory().resolve(name));
    }
}
