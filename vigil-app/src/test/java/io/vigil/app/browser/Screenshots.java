package io.vigil.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** Whole-page PNG screenshots, below the fold included, through the DevTools protocol. */
final class Screenshots {

    /** Where the tests put them: {@code target/screenshots} of the module. */
    static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path file(String name) {
        return DIRECTORY.resolve(name + ".png");
    }

    static void page(ChromeDriver driver, Path file) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) layout.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the screenshot " + file.toAbsolutePath(), e);
        }
    }
}
