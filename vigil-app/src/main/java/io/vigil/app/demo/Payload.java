package io.vigil.app.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What CloudTrail records of a call's content: {@code requestParameters}, {@code responseElements}
 * (null when the call failed), {@code additionalEventData} and {@code resources} (each may be null).
 */
record Payload(JsonNode request, JsonNode response, JsonNode additional, JsonNode resources) {

    static Payload of(JsonNode request, JsonNode response) {
        return new Payload(request, response, null, null);
    }

    Payload withResources(JsonNode newResources) {
        return new Payload(request, response, additional, newResources);
    }
}
