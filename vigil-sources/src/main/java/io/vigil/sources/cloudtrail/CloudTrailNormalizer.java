package io.vigil.sources.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.input.EventTime;
import io.vigil.sources.json.BoundedJson;
import io.vigil.sources.net.IpAddressLiteral;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * One CloudTrail record (API call, console sign-in, service event, Insights event) to one ECS
 * document. {@code _id} and {@code event.id} are the {@code eventID}; {@code @timestamp} (which
 * names the monthly index) is the {@code eventTime}. A pure function of the record: no clock, no I/O.
 *
 * <p>{@code source.address} is always the {@code sourceIPAddress} as given; {@code source.ip} is set
 * only when that is an IP literal (AWS puts service host names such as {@code config.amazonaws.com}
 * there). Open-ended payloads are kept as JSON strings of bounded length, and as flattened objects
 * under {@code aws.cloudtrail.flattened} when small enough for the engines.
 */
public final class CloudTrailNormalizer implements Normalizer {

    public static final String EVENT_DATASET = "aws.cloudtrail";
    static final int MAX_EVENT_ID_CHARS = 128;
    private static final String INSIGHT = "AwsCloudTrailInsight";

    @Override
    public void normalize(RawRecord raw, Consumer<Document> out) throws BadRecordException {
        CloudTrailRecord record = DecodedRecords.take(raw.text());
        if (record == null) {
            record = CloudTrailRecord.parse(raw.text());
        }
        String eventId = eventId(record.eventId);
        if (record.eventTime == null) {
            throw new BadRecordException("missing eventTime: not a CloudTrail record (every CloudTrail record has one)");
        }
        Instant time = EventTime.parse(record.eventTime, "eventTime");
        ObjectNode doc = object(8);
        doc.put(Ecs.TIMESTAMP, EventTime.isCanonical(record.eventTime) ? record.eventTime : time.toString());
        ObjectNode aws = object(32);
        writeEvent(record, eventId, doc, aws);
        UserIdentityFields.write(record.identity, child(doc, "user", 2), aws);
        writeSource(record, doc);
        writeCloud(record, doc, aws);
        writeDetails(record, aws);
        child(doc, "aws", 1).set("cloudtrail", aws);
        out.accept(new Document(CloudTrailDataset.NAME, eventId, time, pruned(doc), raw.location()));
    }

    private static String eventId(String eventId) throws BadRecordException {
        if (eventId == null || eventId.isBlank()) {
            throw new BadRecordException("missing eventID: not a CloudTrail record (every CloudTrail record has one)");
        }
        if (eventId.length() > MAX_EVENT_ID_CHARS) {
            throw new BadRecordException("eventID of " + eventId.length() + " characters is longer than "
                    + MAX_EVENT_ID_CHARS + " (CloudTrail event ids are UUIDs)");
        }
        return eventId;
    }

    private static void writeEvent(CloudTrailRecord record, String eventId, ObjectNode doc, ObjectNode aws) {
        boolean insight = INSIGHT.equals(record.eventType);
        String action = insight ? text(record.insightDetails, "eventName") : record.eventName;
        String provider = insight ? text(record.insightDetails, "eventSource") : record.eventSource;
        ObjectNode event = child(doc, "event", 12);
        event.put("id", eventId);
        event.put("kind", insight ? "alert" : "event");
        event.put("module", "aws");
        event.put("dataset", EVENT_DATASET);
        putText(event, "action", action);
        putText(event, "provider", provider);
        EventClassification.Classification classification = EventClassification.of(action, provider, record.readOnly);
        addAll(event.putArray("category"), classification.categories());
        addAll(event.putArray("type"), classification.types());
        if (!insight) {
            boolean failed = record.errorCode != null || record.errorMessage != null
                    || "Failure".equalsIgnoreCase(text(record.responseElements, "ConsoleLogin"));
            event.put("outcome", failed ? "failure" : "success");
        }
        ObjectNode error = child(doc, "error", 2);
        putText(error, "code", record.errorCode);
        putText(error, "message", record.errorMessage);
        putText(aws, "event_version", record.eventVersion);
        putText(aws, "event_type", record.eventType);
        putText(aws, "event_category", record.eventCategory);
        putBoolean(aws, "read_only", record.readOnly);
        putBoolean(aws, "management_event", record.managementEvent);
        putText(aws, "request_id", record.requestId);
        putText(aws, "shared_event_id", record.sharedEventId);
        putText(aws, "api_version", record.apiVersion);
        putText(aws, "vpc_endpoint_id", record.vpcEndpointId);
        putBoolean(aws, "mfa_used", mfaUsed(record));
    }

    /** MFA of a console sign-in ({@code additionalEventData.MFAUsed}), else of the session the call was made in. */
    private static Boolean mfaUsed(CloudTrailRecord record) {
        String used = text(record.additionalEventData, "MFAUsed");
        if (used != null) {
            return used.equalsIgnoreCase("yes") ? Boolean.TRUE : used.equalsIgnoreCase("no") ? Boolean.FALSE : null;
        }
        return record.identity == null ? null : record.identity.mfaAuthenticated;
    }

    private static void writeSource(CloudTrailRecord record, ObjectNode doc) {
        String address = record.sourceIpAddress;
        if (address != null) {
            ObjectNode source = child(doc, "source", 2);
            source.put("address", address);
            if (IpAddressLiteral.isIp(address)) {
                source.put("ip", address);
            }
        }
        if (record.userAgent != null) {
            child(doc, "user_agent", 1).put("original", record.userAgent);
        }
    }

    private static void writeCloud(CloudTrailRecord record, ObjectNode doc, ObjectNode aws) {
        String account = record.recipientAccountId != null ? record.recipientAccountId
                : record.identity != null ? record.identity.accountId : null;
        ObjectNode cloud = child(doc, "cloud", 3);
        cloud.put("provider", "aws");
        if (account != null) {
            child(cloud, "account", 1).put("id", account);
        }
        putText(cloud, "region", record.awsRegion);
        putText(aws, "recipient_account_id", record.recipientAccountId);
        List<String> arns = record.resourceArns;
        if (!arns.isEmpty()) {
            Fields.put(doc, Ecs.VIGIL_RESOURCE_ID, arns);
        }
        if (!arns.isEmpty() || !record.resourceTypes.isEmpty() || !record.resourceAccounts.isEmpty()) {
            ObjectNode kept = child(aws, "resources", 3);
            putList(kept, "arn", arns);
            putList(kept, "type", record.resourceTypes);
            putList(kept, "account_id", record.resourceAccounts);
        }
    }

    private static void writeDetails(CloudTrailRecord record, ObjectNode aws) {
        ObjectNode flattened = child(aws, "flattened", 4);
        writePayload(record.requestParameters, "request_parameters", aws, flattened);
        writePayload(record.responseElements, "response_elements", aws, flattened);
        writePayload(record.additionalEventData, "additional_eventdata", aws, flattened);
        writePayload(record.serviceEventDetails, "service_event_details", aws, flattened);
        CloudTrailRecord.Tls tls = record.tls;
        if (tls != null) {
            ObjectNode kept = child(aws, "tls_details", 3);
            putText(kept, "tls_version", tls.version);
            putText(kept, "cipher_suite", tls.cipherSuite);
            putText(kept, "client_provided_host_header", tls.clientProvidedHostHeader);
        }
        JsonNode insight = record.insightDetails;
        if (insight != null && insight.isObject()) {
            ObjectNode kept = child(aws, "insight_details", 8);
            putText(kept, "state", text(insight, "state"));
            putText(kept, "event_source", text(insight, "eventSource"));
            putText(kept, "event_name", text(insight, "eventName"));
            putText(kept, "insight_type", text(insight, "insightType"));
            putText(kept, "error_code", text(insight, "errorCode"));
            JsonNode statistics = insight.path("insightContext").path("statistics");
            ObjectNode keptStatistics = child(kept, "statistics", 3);
            putNumber(keptStatistics, "baseline_average", statistics.path("baseline").get("average"));
            putNumber(keptStatistics, "insight_average", statistics.path("insight").get("average"));
            putNumber(keptStatistics, "insight_duration", statistics.get("insightDuration"));
            writePayload(insight.get("insightContext"), "insight_context", kept, flattened);
        }
    }

    /** A payload as a bounded JSON string, and as a flattened object when the engines can take it. */
    private static void writePayload(JsonNode payload, String name, ObjectNode target, ObjectNode flattened) {
        if (payload == null || payload.isNull()) {
            return;
        }
        String json = BoundedJson.text(payload);
        target.put(name, json);
        if (BoundedJson.flattenable(payload, json)) {
            flattened.set(name, payload);
        }
    }

    /** An empty object with room for this many fields without growing. */
    static ObjectNode object(int fields) {
        return new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(fields * 4 / 3 + 1));
    }

    /** The child object of this name, added (with room for this many fields) if absent. */
    static ObjectNode child(ObjectNode parent, String name, int fields) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = object(fields);
        parent.set(name, created);
        return created;
    }

    /** The document without the objects that stayed empty. */
    private static ObjectNode pruned(ObjectNode object) {
        object.properties().removeIf(field -> field.getValue() instanceof ObjectNode child && pruned(child).isEmpty());
        return object;
    }

    /** The text of a scalar field; {@code null} when absent, null, empty or not a scalar. */
    static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    static void putBoolean(ObjectNode object, String field, Boolean value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    static void putText(ObjectNode object, String field, String value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    private static void putNumber(ObjectNode object, String field, JsonNode value) {
        if (value != null && value.isNumber()) {
            object.put(field, value.doubleValue());
        }
    }

    private static void putList(ObjectNode object, String field, List<String> values) {
        if (!values.isEmpty()) {
            addAll(object.putArray(field), values);
        }
    }

    private static void addAll(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

}
