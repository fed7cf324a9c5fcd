package io.vigil.sources.findingapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.DateUtils;

/**
 * A model object of the AWS SDK as the service's JSON protocol (rest-json, awsJson) puts it on the
 * wire, so that it reads exactly like the service's own output: members under their wire names
 * (Inspector and GuardDuty camelCase, Security Hub PascalCase), members the service did not send left
 * out, enum values as sent (also values this SDK does not know), timestamps in the member's wire form
 * (epoch seconds as a number unless the model says otherwise; Security Hub's ASFF times are strings
 * in the model already), blobs in base64.
 */
final class WireJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper SCALARS = new ObjectMapper();

    private WireJson() {
    }

    static ObjectNode of(SdkPojo pojo) {
        ObjectNode object = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                object.set(field.locationName(), value(field, value));
            }
        }
        return object;
    }

    private static JsonNode value(SdkField<?> field, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return of((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            ((List<?>) value).forEach(element -> array.add(value(member, element)));
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            ((Map<?, ?>) value).forEach((key, element) -> map.set(key.toString(), value(member, element)));
            return map;
        }
        if (type == MarshallingType.INSTANT) {
            return timestamp(field, (Instant) value);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        }
        if (type == MarshallingType.DOCUMENT) {
            return document((Document) value);
        }
        return scalar(value);
    }

    private static JsonNode timestamp(SdkField<?> field, Instant instant) {
        TimestampFormatTrait trait = field.getTrait(TimestampFormatTrait.class);
        TimestampFormatTrait.Format format = trait == null ? TimestampFormatTrait.Format.UNIX_TIMESTAMP : trait.format();
        return switch (format) {
            case ISO_8601 -> NODES.textNode(DateUtils.formatIso8601Date(instant));
            case RFC_822 -> NODES.textNode(DateUtils.formatRfc822Date(instant));
            case UNIX_TIMESTAMP_MILLIS -> NODES.numberNode(instant.toEpochMilli());
            case UNIX_TIMESTAMP -> NODES.numberNode(new BigDecimal(DateUtils.formatUnixTimestampInstant(instant)));
        };
    }

    private static JsonNode document(Document document) {
        if (document.isNull()) {
            return NODES.nullNode();
        }
        if (document.isString()) {
            return NODES.textNode(document.asString());
        }
        if (document.isBoolean()) {
            return NODES.booleanNode(document.asBoolean());
        }
        if (document.isNumber()) {
            return NODES.numberNode(document.asNumber().bigDecimalValue());
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(element -> array.add(document(element)));
            return array;
        }
        ObjectNode map = NODES.objectNode();
        document.asMap().forEach((key, element) -> map.set(key, document(element)));
        return map;
    }

    /** Text, booleans and numbers of every Java type, as Jackson writes them. */
    private static JsonNode scalar(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return SCALARS.valueToTree(value);
        }
        throw new IllegalArgumentException("a model member of type " + value.getClass().getName() + " has no JSON form");
    }
}
