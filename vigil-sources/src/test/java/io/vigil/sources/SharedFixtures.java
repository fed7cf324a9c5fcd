package io.vigil.sources;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared real files ({@code ../shared/fixtures}), found through the system property
 * {@code vigil.fixtures} that the build sets. Where they are absent the tests are skipped with a
 * message, except in CI ({@code CI=true}), where they must be there.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** A directory or file under the fixtures, e.g. {@code cloudtrail} or {@code guardduty/x.json}. */
    public static Path path(String relativePath) {
        String root = System.getProperty("vigil.fixtures");
        Path path = root == null ? null : Path.of(root, relativePath);
        if (path == null || !Files.exists(path)) {
            String message = "shared fixture " + relativePath + " not found under " + root
                    + " (system property vigil.fixtures); these tests need ../shared/fixtures beside the project";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }

    public static byte[] bytes(String relativePath) throws IOException {
        return Files.readAllBytes(path(relativePath));
    }

    public static String read(String relativePath) throws IOException {
        return Files.readString(path(relativePath));
    }
}
