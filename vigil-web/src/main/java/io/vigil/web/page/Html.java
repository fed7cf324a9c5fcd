package io.vigil.web.page;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A piece of HTML that is safe to send: made only from templates written in the code, with every
 * value escaped on the way in. Pages are built from these and nothing else, so no value reaches a
 * page unescaped.
 */
public final class Html {

    /** Nothing. */
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Fills the {@code %s} of a template written in the code: {@link Html} values go in as they are,
     * {@code null} as nothing, anything else as escaped text (safe in element content and in quoted
     * attribute values).
     */
    public static Html format(String template, Object... values) {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            safe[i] = value == null ? "" : value instanceof Html html ? html.markup : escape(value.toString());
        }
        return new Html(String.format(Locale.ROOT, template, safe));
    }

    /** The pieces one after the other. */
    public static Html join(Collection<Html> pieces) {
        return new Html(pieces.stream().map(piece -> piece.markup).collect(Collectors.joining()));
    }

    /** Text with {@code & < > " '} replaced by character references. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return markup;
    }
}
