package io.vigil.sources.json;

/** A value from a record, quoted and cut for an error message. */
public final class Quoted {

    private static final int MAX_CHARS = 128;

    private Quoted() {
    }

    public static String of(String text) {
        return "'" + (text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...") + "'";
    }
}
