package io.vigil.web.dashboard;

import java.util.Objects;

/** Credit a dashboard's data requires, shown with a link (e.g. DB-IP for IP geolocation, CC BY 4.0). */
public record Attribution(String text, String url, String license) {

    public Attribution {
        Objects.requireNonNull(text, "an attribution needs 'text'");
        Objects.requireNonNull(url, "the attribution '" + text + "' needs 'url'");
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("the attribution '" + text + "' needs an https:// url");
        }
    }
}
