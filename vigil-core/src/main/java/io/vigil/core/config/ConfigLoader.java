package io.vigil.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code vigil.yml} onto {@link VigilConfig}, applies environment overrides and validates.
 * Every error names the key and the expected form.
 *
 * <p>Environment overrides: {@code VIGIL_<KEY>} with {@code __} between levels, e.g.
 * {@code VIGIL_ENGINE__URL}, {@code VIGIL_WEB__PORT}, {@code VIGIL_DATA_DIR}. Variables that name
 * no configuration key are left alone (they may hold secrets referenced by {@code {env: NAME}}).
 */
public final class ConfigLoader {

    static final String ENV_PREFIX = "VIGIL_";

    private final ObjectMapper yaml = mapper(new YAMLFactory());
    private final ObjectMapper binder = mapper(null);

    /** Loads the file (or only defaults and environment when {@code file} is null) and validates. */
    public VigilConfig load(Path file, Map<String, String> environment) {
        JsonNode tree = file == null ? binder.createObjectNode() : readTree(file);
        String where = file == null ? "configuration" : file.toString();
        if (tree.isMissingNode() || tree.isNull()) {
            tree = binder.createObjectNode();
        }
        if (!tree.isObject()) {
            throw new ConfigException(where + ": expected a mapping of keys at the top level");
        }
        EnvironmentOverrides.apply((ObjectNode) tree, environment);
        VigilConfig config = bind(tree, where);
        new ConfigValidator(where, environment).validate(config);
        return config;
    }

    private JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": configuration file not found");
        }
        try {
            JsonNode tree = yaml.readTree(file.toFile());
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private VigilConfig bind(JsonNode tree, String where) {
        try {
            return binder.treeToValue(tree, VigilConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(where + ": unknown key '" + path(e) + "'" + (known.isEmpty() ? "" : "; keys allowed here: " + known));
        } catch (InvalidFormatException e) {
            throw new ConfigException(where + ": " + path(e) + ": " + expected(e));
        } catch (JsonMappingException e) {
            throw new ConfigException(where + ": " + path(e) + ": " + rootMessage(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(where + ": " + e.getOriginalMessage());
        }
    }

    private static String expected(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String values = java.util.Arrays.stream(target.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return "expected one of " + values + ", got '" + e.getValue() + "'";
        }
        String type = target == null ? "value" : target.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return "expected " + ("integer".equals(type) ? "a whole number" : "a " + type) + ", got '" + e.getValue() + "'";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof JsonProcessingException processing ? processing.getOriginalMessage() : cause.getMessage();
    }

    /** The dotted snake_case key of the error, e.g. {@code engine.embedded.heap} or {@code programs[0].name}. */
    private static String path(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (key.length() > 0) {
                    key.append('.');
                }
                key.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex()).append(']');
            }
        }
        return key.toString();
    }

    private static ObjectMapper mapper(YAMLFactory factory) {
        SimpleModule values = new SimpleModule("vigil-config-values");
        values.addDeserializer(Duration.class, textDeserializer(Durations::parse));
        values.addDeserializer(ByteSize.class, textDeserializer(ByteSize::parse));
        values.addDeserializer(SecretRef.class, new SecretRefDeserializer());
        JsonMapper.Builder builder = factory == null ? JsonMapper.builder() : JsonMapper.builder(factory);
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(values)
                .build();
    }

    private static <T> JsonDeserializer<T> textDeserializer(java.util.function.Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                if (text == null) {
                    return (T) context.handleUnexpectedToken(handledType(), parser);
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw JsonMappingException.from(parser, e.getMessage(), e);
                }
            }
        };
    }

    /** Secrets are references only: a literal value in the file is refused with the way to fix it. */
    private static final class SecretRefDeserializer extends JsonDeserializer<SecretRef> {
        @Override
        public SecretRef deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node != null && node.isObject()) {
                JsonNode env = node.get("env");
                JsonNode file = node.get("file");
                if ((env == null) != (file == null) && node.size() == 1) {
                    return new SecretRef(env == null ? null : env.asText(), file == null ? null : file.asText());
                }
            }
            throw JsonMappingException.from(parser, "secrets are not written in the configuration; use {env: VARIABLE_NAME} or {file: /path/to/secret}");
        }
    }
}
