package io.vigil.sources.cloudtrail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.pipeline.BadRecordException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The fields of one CloudTrail record that Vigil maps, read with a streaming parser in one pass:
 * the scalar fields and the identity directly (no tree), the open-ended parts (request parameters,
 * response elements, additional event data, service event details, Insights details, resources,
 * TLS details) as trees. Text fields are {@code null} when absent, null, empty or not a scalar.
 * Filled once by {@link #parse}, read-only afterwards.
 */
final class CloudTrailRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    String eventId;
    String eventTime;
    String eventName;
    String eventSource;
    String eventType;
    String eventCategory;
    String eventVersion;
    String awsRegion;
    String sourceIpAddress;
    String userAgent;
    String errorCode;
    String errorMessage;
    String requestId;
    String sharedEventId;
    String recipientAccountId;
    String apiVersion;
    String vpcEndpointId;
    Boolean readOnly;
    Boolean managementEvent;
    Identity identity;
    JsonNode requestParameters;
    JsonNode responseElements;
    JsonNode additionalEventData;
    JsonNode serviceEventDetails;
    JsonNode insightDetails;
    JsonNode resources;
    JsonNode tlsDetails;

    /** {@code userIdentity}, with its {@code sessionContext} flattened in. */
    static final class Identity {
        String type;
        String principalId;
        String arn;
        String accountId;
        String accessKeyId;
        String userName;
        String invokedBy;
        String identityProvider;
        boolean hasSession;
        Boolean mfaAuthenticated;
        String sessionCreationDate;
        String sourceIdentity;
        boolean hasIssuer;
        String issuerType;
        String issuerPrincipalId;
        String issuerArn;
        String issuerAccountId;
        String issuerUserName;
    }

    private CloudTrailRecord() {
    }

    static CloudTrailRecord parse(String text) throws BadRecordException {
        try (JsonParser parser = JSON.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new BadRecordException("a CloudTrail record is a JSON object, this is "
                        + (first == null ? "empty" : "a JSON " + kind(first)));
            }
            CloudTrailRecord record = new CloudTrailRecord();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                record.read(name, parser, parser.nextToken());
            }
            if (parser.nextToken() != null) {
                throw new BadRecordException("not valid JSON: content after the end of the record");
            }
            return record;
        } catch (JsonProcessingException e) {
            throw new BadRecordException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String failed", e);
        }
    }

    private void read(String name, JsonParser parser, JsonToken token) throws IOException {
        switch (name) {
            case "eventID" -> eventId = text(parser, token);
            case "eventTime" -> eventTime = text(parser, token);
            case "eventName" -> eventName = text(parser, token);
            case "eventSource" -> eventSource = text(parser, token);
            case "eventType" -> eventType = text(parser, token);
            case "eventCategory" -> eventCategory = text(parser, token);
            case "eventVersion" -> eventVersion = text(parser, token);
            case "awsRegion" -> awsRegion = text(parser, token);
            case "sourceIPAddress" -> sourceIpAddress = text(parser, token);
            case "userAgent" -> userAgent = text(parser, token);
            case "errorCode" -> errorCode = text(parser, token);
            case "errorMessage" -> errorMessage = text(parser, token);
            case "requestID" -> requestId = text(parser, token);
            case "sharedEventID" -> sharedEventId = text(parser, token);
            case "recipientAccountId" -> recipientAccountId = text(parser, token);
            case "apiVersion" -> apiVersion = text(parser, token);
            case "vpcEndpointId" -> vpcEndpointId = text(parser, token);
            case "readOnly" -> readOnly = bool(parser, token);
            case "managementEvent" -> managementEvent = bool(parser, token);
            case "userIdentity" -> identity = token == JsonToken.START_OBJECT ? identity(parser) : skip(parser);
            case "requestParameters" -> requestParameters = tree(parser, token);
            case "responseElements" -> responseElements = tree(parser, token);
            case "additionalEventData" -> additionalEventData = tree(parser, token);
            case "serviceEventDetails" -> serviceEventDetails = tree(parser, token);
            case "insightDetails" -> insightDetails = tree(parser, token);
            case "resources" -> resources = tree(parser, token);
            case "tlsDetails" -> tlsDetails = tree(parser, token);
            default -> parser.skipChildren();
        }
    }

    private static Identity identity(JsonParser parser) throws IOException {
        Identity identity = new Identity();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "type" -> identity.type = text(parser, token);
                case "principalId" -> identity.principalId = text(parser, token);
                case "arn" -> identity.arn = text(parser, token);
                case "accountId" -> identity.accountId = text(parser, token);
                case "accessKeyId" -> identity.accessKeyId = text(parser, token);
                case "userName" -> identity.userName = text(parser, token);
                case "invokedBy" -> identity.invokedBy = text(parser, token);
                case "identityProvider" -> identity.identityProvider = text(parser, token);
                case "sessionContext" -> {
                    if (token == JsonToken.START_OBJECT) {
                        identity.hasSession = true;
                        session(parser, identity);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return identity;
    }

    private static void session(JsonParser parser, Identity identity) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (name.equals("sourceIdentity")) {
                identity.sourceIdentity = text(parser, token);
            } else if (name.equals("attributes") && token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String attribute = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (attribute) {
                        case "mfaAuthenticated" -> identity.mfaAuthenticated = bool(parser, value);
                        case "creationDate" -> identity.sessionCreationDate = text(parser, value);
                        default -> parser.skipChildren();
                    }
                }
            } else if (name.equals("sessionIssuer") && token == JsonToken.START_OBJECT) {
                identity.hasIssuer = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (field) {
                        case "type" -> identity.issuerType = text(parser, value);
                        case "principalId" -> identity.issuerPrincipalId = text(parser, value);
                        case "arn" -> identity.issuerArn = text(parser, value);
                        case "accountId" -> identity.issuerAccountId = text(parser, value);
                        case "userName" -> identity.issuerUserName = text(parser, value);
                        default -> parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        if (!token.isScalarValue()) {
            parser.skipChildren();
            return null;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = parser.getText();
        return text.isEmpty() ? null : text;
    }

    /** A boolean given as JSON boolean or as the text {@code true}/{@code false}; else {@code null}. */
    private static Boolean bool(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> parseBoolean(parser.getText());
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    static Boolean parseBoolean(String text) {
        return "true".equalsIgnoreCase(text) ? Boolean.TRUE : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
    }

    private static JsonNode tree(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : parser.readValueAsTree();
    }

    private static Identity skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }
}
