package io.vigil.sources.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sources.s3.S3Uri;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The S3 objects a queue message announces. Reads the three forms AWS delivers:
 * <ul>
 *   <li>S3 event notifications, {@code {"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put",
 *       "s3":{"bucket":{"name":..},"object":{"key":..}}}]}}, whose keys are URL-encoded ({@code +} for a space);</li>
 *   <li>the same wrapped by SNS, {@code {"Type":"Notification","Message":"<the notification as a JSON string>"}};</li>
 *   <li>EventBridge events from S3, {@code {"source":"aws.s3","detail-type":"Object Created",
 *       "detail":{"bucket":{"name":..},"object":{"key":..}}}}, whose keys are not encoded.</li>
 * </ul>
 * The {@code s3:TestEvent} S3 sends when a notification is configured, and events about anything but
 * a created object (removals, restores), announce no object and are not errors.
 */
public final class S3NotificationParser {

    private static final String CREATED = "ObjectCreated:";
    private static final String EVENTBRIDGE_CREATED = "Object Created";

    private final ObjectMapper json = new ObjectMapper();

    /** The objects created, in message order, each once; empty for a message that announces none. */
    public List<S3Uri> objects(String body) throws NotificationFormatException {
        JsonNode message = read(body, "the message body");
        if ("Notification".equals(text(message, "Type")) && message.get("Message") != null) {
            return announced(read(text(message, "Message"), "the SNS notification's Message"),
                    "the SNS notification's Message");
        }
        return announced(message, "the message body");
    }

    private List<S3Uri> announced(JsonNode message, String what) throws NotificationFormatException {
        if ("s3:TestEvent".equals(text(message, "Event"))) {
            return List.of();
        }
        if (message.get("Records") != null) {
            return records(message.get("Records"), what);
        }
        if (message.get("detail-type") != null) {
            return eventBridge(message, what);
        }
        throw new NotificationFormatException(what + " is not an S3 notification: expected \"Records\""
                + " (S3 event notification), \"Type\": \"Notification\" (SNS) or \"detail-type\": \"Object Created\""
                + " (EventBridge)");
    }

    private List<S3Uri> records(JsonNode records, String what) throws NotificationFormatException {
        if (!records.isArray()) {
            throw new NotificationFormatException(what + " has \"Records\" that is not an array");
        }
        Set<S3Uri> objects = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String where = "record " + i + " of " + what;
            String source = text(record, "eventSource");
            if (!"aws:s3".equals(source)) {
                throw new NotificationFormatException(where + " is not an S3 event (eventSource " + source + ")");
            }
            String event = text(record, "eventName");
            if (event == null || !event.startsWith(CREATED)) {
                continue;
            }
            JsonNode s3 = record.path("s3");
            objects.add(object(text(s3.path("bucket"), "name"), text(s3.path("object"), "key"), true, where,
                    "s3.bucket.name", "s3.object.key"));
        }
        return new ArrayList<>(objects);
    }

    private List<S3Uri> eventBridge(JsonNode event, String what) throws NotificationFormatException {
        String source = text(event, "source");
        String type = text(event, "detail-type");
        String where = "the EventBridge event in " + what;
        if (!"aws.s3".equals(source)) {
            throw new NotificationFormatException(what + " is an EventBridge event from " + source + " (detail-type "
                    + type + "), not from S3");
        }
        if (!EVENTBRIDGE_CREATED.equals(type)) {
            return List.of();
        }
        JsonNode detail = event.path("detail");
        return List.of(object(text(detail.path("bucket"), "name"), text(detail.path("object"), "key"), false, where,
                "detail.bucket.name", "detail.object.key"));
    }

    private static S3Uri object(String bucket, String key, boolean encoded, String where, String bucketField,
                                String keyField) throws NotificationFormatException {
        if (bucket == null || bucket.isEmpty()) {
            throw new NotificationFormatException(where + " has no " + bucketField);
        }
        if (key == null || key.isEmpty()) {
            throw new NotificationFormatException(where + " has no " + keyField);
        }
        try {
            return new S3Uri(bucket, encoded ? URLDecoder.decode(key, StandardCharsets.UTF_8) : key);
        } catch (IllegalArgumentException e) {
            throw new NotificationFormatException(where + ": " + e.getMessage());
        }
    }

    private JsonNode read(String text, String what) throws NotificationFormatException {
        if (text == null || text.isBlank()) {
            throw new NotificationFormatException(what + " is empty");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotificationFormatException(what + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new NotificationFormatException(what + " is not a JSON object");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }
}
