package io.vigil.web.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path on this server to send a browser to after login, so that a link cannot use the login page
 * to send users elsewhere (an open redirect): it must start with a single {@code /}, and hold only
 * the characters of a URL path and query, without backslashes (which browsers read as {@code /}).
 */
final class LocalPath {

    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]{0,2047}");

    private LocalPath() {
    }

    static Optional<String> of(String candidate) {
        return candidate != null && LOCAL.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
