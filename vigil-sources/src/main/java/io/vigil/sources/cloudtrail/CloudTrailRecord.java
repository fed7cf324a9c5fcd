package io.vigil.sources.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.json.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The fields of one CloudTrail record that Vigil maps, read with a streaming parser in one pass:
 * the scalar fields, the identity, the resources and the TLS details directly (no tree), the
 * open-ended parts (request parameters, response elements, additional event data, service event
 * details, Insights details) as trees. Text fields are {@code null} when absent, null, empty or not
 * a scalar. Filled once by {@link #parse} or {@link #read}, read-only afterwards.
 */
final class CloudTrailRecord {

    private static final JsonFactory JSON = new JsonFactory();

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
    /** Of the objects in {@code resources}: their ARNs ({@code ARN}, else {@code arn}), types and accounts. */
    List<String> resourceArns = List.of();
    List<String> resourceTypes = List.of();
    List<String> resourceAccounts = List.of();
    /** {@code tlsDetails}, when it is an object. */
    Tls tls;

    static final class Tls {
        String version;
        String cipherSuite;
        String clientProvidedHostHeader;
    }

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

    /** The record of this text, which must be one JSON object. */
    static CloudTrailRecord parse(String text) throws BadRecordException {
        try (JsonParser parser = JSON.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new BadRecordException("a CloudTrail record is a JSON object, this is "
                        + (first == null ? "empty" : "a JSON " + kind(first)));
            }
            CloudTrailRecord record = read(parser, () -> false);
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

    /**
     * Reads the object whose start the parser is on, up to and with its end. Once {@code stop} says
     * so (the caller's bound on a record was passed), the rest is skipped and {@code null} returned.
     */
    static CloudTrailRecord read(JsonParser parser, BooleanSupplier stop) throws IOException {
        CloudTrailRecord record = new Reader(parser, stop).record();
        return stop.getAsBoolean() ? null : record;
    }

    static Boolean parseBoolean(String text) {
        return "true".equalsIgnoreCase(text) ? Boolean.TRUE : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
    }

    /** One reading: values are made only while {@code stop} is false, the rest is skipped. */
    private record Reader(JsonParser parser, BooleanSupplier stop) {

        CloudTrailRecord record() throws IOException {
            CloudTrailRecord record = new CloudTrailRecord();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                field(record, name, parser.nextToken());
            }
            return record;
        }

        private void field(CloudTrailRecord record, String name, JsonToken token) throws IOException {
            switch (name) {
                case "eventID" -> record.eventId = text(token);
                case "eventTime" -> record.eventTime = text(token);
                case "eventName" -> record.eventName = text(token);
                case "eventSource" -> record.eventSource = text(token);
                case "eventType" -> record.eventType = text(token);
                case "eventCategory" -> record.eventCategory = text(token);
                case "eventVersion" -> record.eventVersion = text(token);
                case "awsRegion" -> record.awsRegion = text(token);
                case "sourceIPAddress" -> record.sourceIpAddress = text(token);
                case "userAgent" -> record.userAgent = text(token);
                case "errorCode" -> record.errorCode = text(token);
                case "errorMessage" -> record.errorMessage = text(token);
                case "requestID" -> record.requestId = text(token);
                case "sharedEventID" -> record.sharedEventId = text(token);
                case "recipientAccountId" -> record.recipientAccountId = text(token);
                case "apiVersion" -> record.apiVersion = text(token);
                case "vpcEndpointId" -> record.vpcEndpointId = text(token);
                case "readOnly" -> record.readOnly = bool(token);
                case "managementEvent" -> record.managementEvent = bool(token);
                case "userIdentity" -> record.identity = token == JsonToken.START_OBJECT ? identity() : skip();
                case "requestParameters" -> record.requestParameters = tree(token);
                case "responseElements" -> record.responseElements = tree(token);
                case "additionalEventData" -> record.additionalEventData = tree(token);
                case "serviceEventDetails" -> record.serviceEventDetails = tree(token);
                case "insightDetails" -> record.insightDetails = tree(token);
                case "resources" -> resources(record, token);
                case "tlsDetails" -> record.tls = token == JsonToken.START_OBJECT ? tls() : skip();
                default -> parser.skipChildren();
            }
        }

        private void resources(CloudTrailRecord record, JsonToken token) throws IOException {
            record.resourceArns = new ArrayList<>();
            record.resourceTypes = new ArrayList<>();
            record.resourceAccounts = new ArrayList<>();
            if (token != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return;
            }
            JsonToken element;
            while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (element != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                String upperArn = null;
                String lowerArn = null;
                String type = null;
                String account = null;
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case "ARN" -> upperArn = valueText(value);
                        case "arn" -> lowerArn = valueText(value);
                        case "type" -> type = valueText(value);
                        case "accountId" -> account = valueText(value);
                        default -> parser.skipChildren();
                    }
                }
                addIfPresent(record.resourceArns, upperArn != null ? upperArn : lowerArn);
                addIfPresent(record.resourceTypes, type);
                addIfPresent(record.resourceAccounts, account);
            }
        }

        private Tls tls() throws IOException {
            Tls tls = new Tls();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "tlsVersion" -> tls.version = valueText(value);
                    case "cipherSuite" -> tls.cipherSuite = valueText(value);
                    case "clientProvidedHostHeader" -> tls.clientProvidedHostHeader = valueText(value);
                    default -> parser.skipChildren();
                }
            }
            return tls;
        }

        private Identity identity() throws IOException {
            Identity identity = new Identity();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "type" -> identity.type = text(token);
                    case "principalId" -> identity.principalId = text(token);
                    case "arn" -> identity.arn = text(token);
                    case "accountId" -> identity.accountId = text(token);
                    case "accessKeyId" -> identity.accessKeyId = text(token);
                    case "userName" -> identity.userName = text(token);
                    case "invokedBy" -> identity.invokedBy = text(token);
                    case "identityProvider" -> identity.identityProvider = text(token);
                    case "sessionContext" -> {
                        if (token == JsonToken.START_OBJECT) {
                            identity.hasSession = true;
                            session(identity);
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            return identity;
        }

        private void session(Identity identity) throws IOException {
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                if (name.equals("sourceIdentity")) {
                    identity.sourceIdentity = text(token);
                } else if (name.equals("attributes") && token == JsonToken.START_OBJECT) {
                    String attribute;
                    while ((attribute = parser.nextFieldName()) != null) {
                        JsonToken value = parser.nextToken();
                        switch (attribute) {
                            case "mfaAuthenticated" -> identity.mfaAuthenticated = bool(value);
                            case "creationDate" -> identity.sessionCreationDate = text(value);
                            default -> parser.skipChildren();
                        }
                    }
                } else if (name.equals("sessionIssuer") && token == JsonToken.START_OBJECT) {
                    identity.hasIssuer = true;
                    String field;
                    while ((field = parser.nextFieldName()) != null) {
                        JsonToken value = parser.nextToken();
                        switch (field) {
                            case "type" -> identity.issuerType = text(value);
                            case "principalId" -> identity.issuerPrincipalId = text(value);
                            case "arn" -> identity.issuerArn = text(value);
                            case "accountId" -> identity.issuerAccountId = text(value);
                            case "userName" -> identity.issuerUserName = text(value);
                            default -> parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private String text(JsonToken token) throws IOException {
            if (!token.isScalarValue() || stop.getAsBoolean()) {
                parser.skipChildren();
                return null;
            }
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            String text = parser.getText();
            return text.isEmpty() ? null : text;
        }

        /** Like {@link #text}, but a number as its value reads ({@code 1.50} is {@code 1.5}), as a tree gives it. */
        private String valueText(JsonToken token) throws IOException {
            if (!token.isNumeric()) {
                return text(token);
            }
            JsonNode number = JsonTrees.read(parser, token, stop);
            return number == null ? null : number.asText();
        }

        /** A boolean given as JSON boolean or as the text {@code true}/{@code false}; else {@code null}. */
        private Boolean bool(JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_STRING -> stop.getAsBoolean() ? null : parseBoolean(parser.getText());
                default -> {
                    parser.skipChildren();
                    yield null;
                }
            };
        }

        private JsonNode tree(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NULL ? null : JsonTrees.read(parser, token, stop);
        }

        private <T> T skip() throws IOException {
            parser.skipChildren();
            return null;
        }

        private static void addIfPresent(List<String> values, String value) {
            if (value != null) {
                values.add(value);
            }
        }
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
