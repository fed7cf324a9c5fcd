package io.vigil.core.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes, written in configuration as {@code 512mb}, {@code 10MB}, {@code 64kb} or a plain number. */
public record ByteSize(long bytes) {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");

    public static ByteSize parse(String text) {
        Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a size such as 512kb, 10mb or 1gb, got '" + text + "'");
        }
        long number = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        long factor = switch (unit) {
            case "k", "kb" -> 1024L;
            case "m", "mb" -> 1024L * 1024;
            case "g", "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return new ByteSize(Math.multiplyExact(number, factor));
    }

    public static ByteSize mebibytes(long count) {
        return new ByteSize(count * 1024 * 1024);
    }

    public int asInt() {
        return Math.toIntExact(bytes);
    }

    @Override
    public String toString() {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "mb" : bytes + "b";
    }
}
