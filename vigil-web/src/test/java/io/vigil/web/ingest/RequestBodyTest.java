package io.vigil.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.core.config.ByteSize;
import io.vigil.core.config.WebConfig;
import io.vigil.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static final WebConfig LIMITS = new WebConfig(null, 0, new ByteSize(1024), new ByteSize(4096), null, null, null);

    @Test
    void plainBodyWithinTheCapIsKept() throws IOException {
        byte[] content = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);

        RequestBody body = RequestBody.read(content.length, null, () -> new ByteArrayInputStream(content), LIMITS);

        assertThat(body.open().readAllBytes()).isEqualTo(content);
        assertThat(body.size()).isEqualTo(content.length);
        assertThat(body.sha256()).isEqualTo(RequestBody.of(content).sha256()).hasSize(64);
    }

    @Test
    void declaredLengthOverTheCapIsRefusedWithoutOpeningTheBody() {
        RequestBody.Source unopened = () -> {
            throw new AssertionError("the body must not be opened");
        };

        assertThatThrownBy(() -> RequestBody.read(1025, null, unopened, LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("1025 bytes").hasMessageContaining("web.max_body");
    }

    @Test
    void streamedBodyIsCutAtTheCap() {
        assertThatThrownBy(() -> RequestBody.read(-1, null, () -> new ByteArrayInputStream(new byte[1025]), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("streamed");
        assertThat(RequestBody.read(-1, null, () -> new ByteArrayInputStream(new byte[1024]), LIMITS).size()).isEqualTo(1024);
    }

    @Test
    void gzipBodyIsDecompressedOnOpenAndHashedByContent() throws IOException {
        byte[] content = "{\"id\":1}\n{\"id\":2}\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = gzip(content);

        RequestBody body = RequestBody.read(gzipped.length, "gzip", () -> new ByteArrayInputStream(gzipped), LIMITS);

        assertThat(body.open().readAllBytes()).isEqualTo(content);
        assertThat(body.size()).isEqualTo(content.length);
        assertThat(body.sha256()).isEqualTo(RequestBody.of(content).sha256());
    }

    @Test
    void gzipBombIsRefusedByDecompressedSize() throws IOException {
        byte[] bomb = gzip(new byte[512 * 1024]);
        assertThat(bomb.length).isLessThan(1024);

        assertThatThrownBy(() -> RequestBody.read(bomb.length, "gzip", () -> new ByteArrayInputStream(bomb), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("web.max_decompressed_body");
    }

    @Test
    void gzipIsRecognizedByItsMagicBytesEvenUndeclared() throws IOException {
        byte[] content = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = gzip(content);

        RequestBody body = RequestBody.read(gzipped.length, null, () -> new ByteArrayInputStream(gzipped), LIMITS);

        assertThat(body.open().readAllBytes()).isEqualTo(content);
    }

    @Test
    void undeclaredGzipBombIsRefusedToo() throws IOException {
        byte[] bomb = gzip(new byte[512 * 1024]);

        assertThatThrownBy(() -> RequestBody.read(bomb.length, null, () -> new ByteArrayInputStream(bomb), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void gzipWithinGzipIsRemovedLayerByLayerAndCapped() throws IOException {
        byte[] content = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] twice = gzip(gzip(content));
        byte[] bombTwice = gzip(gzip(new byte[512 * 1024]));
        byte[] thrice = gzip(twice);

        assertThat(RequestBody.read(-1, "gzip", () -> new ByteArrayInputStream(twice), LIMITS).open().readAllBytes())
                .isEqualTo(content);
        assertThatThrownBy(() -> RequestBody.read(-1, "gzip", () -> new ByteArrayInputStream(bombTwice), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> RequestBody.read(-1, "gzip", () -> new ByteArrayInputStream(thrice), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("compress it once");
    }

    @Test
    void corruptGzipAndUnknownEncodingsAreRefused() throws IOException {
        byte[] notGzip = "plain".getBytes(StandardCharsets.UTF_8);
        byte[] whole = gzip("{\"id\":1}\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 12);

        assertThatThrownBy(() -> RequestBody.read(notGzip.length, "gzip", () -> new ByteArrayInputStream(notGzip), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("not gzip although sent with 'Content-Encoding: gzip'");
        assertThatThrownBy(() -> RequestBody.read(-1, null, () -> new ByteArrayInputStream(truncated), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("not valid gzip");
        assertThatThrownBy(() -> RequestBody.read(notGzip.length, "br", () -> new ByteArrayInputStream(notGzip), LIMITS))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageContaining("'br'");
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
