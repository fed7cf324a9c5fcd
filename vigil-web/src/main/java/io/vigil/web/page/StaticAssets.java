package io.vigil.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the browser files under {@code io/vigil/web/static/} on the class path at
 * {@code /static/<name>}: Vigil's own script and styles, and under {@code vendor/} ECharts and the
 * world map that the build brings in. Pages link them by {@link #url}, which carries a digest of the
 * content, so a linked file can be cached for a year and a new version gets a new URL.
 */
public final class StaticAssets {

    public static final String PATH = "/static/<name>";
    private static final String PREFIX = "/static/";
    private static final String ROOT = "io/vigil/web/static/";
    /** Lower-case names with an extension, at most one folder deep: nothing else can be asked for. */
    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9_-]*/)?[a-zA-Z0-9][a-zA-Z0-9_.-]*\\.[a-z]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8");
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private record Asset(byte[] content, String type, String digest) {
    }

    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();

    /** The URL of a file, versioned by its content; unversioned when the file is missing (it then answers 404). */
    public String url(String name) {
        return asset(name).map(asset -> PREFIX + name + "?v=" + asset.digest()).orElse(PREFIX + name);
    }

    /** Whether the file is there (the vendor files are missing when the build did not fetch them). */
    public boolean has(String name) {
        return asset(name).isPresent();
    }

    /** {@code GET /static/<name>}: the file, cached for a year when asked for by its versioned URL. */
    public void serve(Context ctx) {
        String name = ctx.pathParam("name");
        Asset asset = asset(name).orElse(null);
        if (asset == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no file " + name);
            return;
        }
        String etag = "\"" + asset.digest() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", asset.digest().equals(ctx.queryParam("v")) ? FOREVER : "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.content());
    }

    private Optional<Asset> asset(String name) {
        if (!NAME.matcher(name).matches() || !TYPES.containsKey(extension(name))) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(name, StaticAssets::load);
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            return Optional.of(new Asset(content, TYPES.get(extension(name)), digest(content)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name + " from the class path", e);
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
        }
    }
}
