package io.vigil.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a secret is read from: an environment variable or a file, never the configuration itself.
 * Written in {@code vigil.yml} as {@code {env: NAME}} or {@code {file: /path}}. The value is never
 * logged and never appears in an error message.
 */
public record SecretRef(String env, String file) {

    /** The secret's value, read now. */
    public String resolve(Map<String, String> environment) {
        if (env != null) {
            String value = environment.get(env);
            if (value == null || value.isEmpty()) {
                throw new ConfigException("environment variable " + env + " is not set (it should hold a secret)");
            }
            return value;
        }
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ConfigException("secret file " + file + " cannot be read: " + e.getClass().getSimpleName());
            }
        }
        throw new ConfigException("a secret needs either env or file");
    }

    @Override
    public String toString() {
        return env != null ? "{env: " + env + "}" : "{file: " + file + "}";
    }
}
