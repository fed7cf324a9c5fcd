package io.vigil.sources.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/** System properties set for a test and put back as they were afterwards. */
public final class SystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new LinkedHashMap<>();

    public SystemProperties set(String name, String value) {
        if (!previous.containsKey(name)) {
            previous.put(name, System.getProperty(name));
        }
        System.setProperty(name, value);
        return this;
    }

    @Override
    public void close() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        previous.clear();
    }
}
