package io.vigil.sources.eventbridge;

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
final class SharedFixtures {

    private SharedFixtures() {
    }

    static String read(String relativePath) throws IOException {
        String root = System.getProperty("vigil.fixtures");
        Path file = root == null ? null : Path.of(root, relativePath);
        if (file == null || !Files.isRegularFile(file)) {
            String message = "shared fixture " + relativePath + " not found under " + root
                    + " (system property vigil.fixtures); these tests need ../shared/fixtures beside the project";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return Files.readString(file);
    }
}
