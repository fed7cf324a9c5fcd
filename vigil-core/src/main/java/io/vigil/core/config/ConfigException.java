package io.vigil.core.config;

/** A configuration error a user can fix; the message names the key and the expected form. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
