package io.vigil.web.keys;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ingest key as a sender presents it: {@code vgl_<id>_<secret>}, where the id is 12 hex digits and
 * the secret 43 base64url characters (32 random bytes). Its {@link #toString} never shows the secret.
 */
public record PresentedKey(String id, String secret) {

    static final String PREFIX = "vgl_";
    private static final Pattern FORM = Pattern.compile("vgl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    /** The key's parts, or empty when the text does not have the form of an ingest key. */
    public static Optional<PresentedKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim());
        return matcher.matches() ? Optional.of(new PresentedKey(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** The text a sender presents. */
    public String text() {
        return PREFIX + id + "_" + secret;
    }

    @Override
    public String toString() {
        return PREFIX + id + "_…";
    }
}
