package io.vigil.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code VIGIL_A__B__C=value} environment variables onto the configuration tree as
 * {@code a.b.c: value}, for keys that exist in {@link VigilConfig}; other variables are ignored.
 */
final class EnvironmentOverrides {

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private EnvironmentOverrides() {
    }

    static void apply(ObjectNode tree, Map<String, String> environment) {
        environment.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(ConfigLoader.ENV_PREFIX))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    String[] path = entry.getKey().substring(ConfigLoader.ENV_PREFIX.length())
                            .toLowerCase(Locale.ROOT).split("__");
                    if (isScalarKey(VigilConfig.class, path, 0)) {
                        set(tree, path, entry.getValue());
                    }
                });
    }

    private static boolean isScalarKey(Type type, String[] path, int depth) {
        if (depth == path.length) {
            return isScalar(type);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Map.class) {
            return isScalarKey(parameterized.getActualTypeArguments()[1], path, depth + 1);
        }
        if (type instanceof Class<?> recordClass && recordClass.isRecord()) {
            return component(recordClass, path[depth])
                    .map(component -> isScalarKey(component.getGenericType(), path, depth + 1))
                    .orElse(false);
        }
        return false;
    }

    private static Optional<RecordComponent> component(Class<?> recordClass, String snakeName) {
        for (RecordComponent component : recordClass.getRecordComponents()) {
            if (SNAKE.translate(component.getName()).equals(snakeName)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    private static boolean isScalar(Type type) {
        // Path is Iterable (of its names) but is written as one string.
        return type == Path.class || type instanceof Class<?> plain && !plain.isRecord()
                && !Iterable.class.isAssignableFrom(plain) && !Map.class.isAssignableFrom(plain);
    }

    private static void set(ObjectNode tree, String[] path, String value) {
        ObjectNode node = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = node.get(path[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(path[i]);
        }
        node.put(path[path.length - 1], value);
    }
}
