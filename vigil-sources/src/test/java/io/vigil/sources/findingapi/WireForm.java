package io.vigil.sources.findingapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;

/**
 * What a service sends on the wire for a finding that a fixture shows in another form: the AWS CLI
 * prints members under their model names (GuardDuty {@code AccountId}, on the wire {@code accountId})
 * and timestamps as ISO-8601 (Inspector {@code "updatedAt": "2024-06-14T04:03:53.051000+02:00"}, on
 * the wire epoch seconds, {@code 1718330633.051}); S3 exports already use the wire names. The
 * service's model (the SDK's) says which member is which: members it does not have, and members that
 * are null, are left out, as the service would not send them.
 */
final class WireForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WireForm() {
    }

    /** The wire form of {@code shown}, an object of the model {@code shape} (e.g. {@code Finding.builder()}). */
    static ObjectNode of(JsonNode shown, SdkPojo shape) {
        ObjectNode wire = NODES.objectNode();
        for (SdkField<?> field : shape.sdkFields()) {
            JsonNode value = shown.has(field.locationName()) ? shown.get(field.locationName()) : shown.get(field.memberName());
            if (value != null && !value.isNull()) {
                wire.set(field.locationName(), value(field, value));
            }
        }
        return wire;
    }

    private static JsonNode value(SdkField<?> field, JsonNode value) {
        MarshallingType<?> type = field.marshallingType();
        if (value.isNull()) {
            return value;
        }
        if (type == MarshallingType.SDK_POJO) {
            return of(value, field.constructor().get());
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode list = NODES.arrayNode();
            value.forEach(element -> list.add(value(member, element)));
            return list;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                map.set(entry.getKey(), value(member, entry.getValue()));
            }
            return map;
        }
        if (type == MarshallingType.INSTANT && field.getTrait(TimestampFormatTrait.class) == null) {
            return epochSeconds(value);
        }
        return value;
    }

    /** Epoch seconds to the millisecond: finer digits (GuardDuty's process start times have them) the SDK drops. */
    private static JsonNode epochSeconds(JsonNode time) {
        if (time.isNumber()) {
            return NODES.numberNode(time.decimalValue().setScale(3, RoundingMode.DOWN));
        }
        try {
            return NODES.numberNode(BigDecimal.valueOf(OffsetDateTime.parse(time.asText()).toInstant().toEpochMilli()).movePointLeft(3));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a fixture timestamp is not ISO-8601: " + time, e);
        }
    }
}
