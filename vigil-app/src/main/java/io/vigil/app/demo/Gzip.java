package io.vigil.app.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** A new gzip file, its folders created; fast compression, since the demo writes tens of megabytes at start. */
final class Gzip {

    private Gzip() {
    }

    static OutputStream create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
