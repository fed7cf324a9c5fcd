package io.vigil.app.demo;

import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One CloudTrail record of an API call, with the fields in the order CloudTrail writes them: who
 * called, when, what, from where, how it failed, the call's content, ids, and the delivery fields.
 */
final class TrailRecord {

    static final String EVENT_VERSION = "1.10";
    private static final String CONSOLE_S3 = "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750"
            + " Linux/5.10.227-198.884.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.432-b07 java/1.8.0_432]";

    private TrailRecord() {
    }

    /** The call as CloudTrail records it; {@code failure} is null for a call that succeeded. */
    static TrailEvent of(Caller caller, ApiCall call, CallSite site, Failure failure) {
        String region = call.region(site.region());
        SplittableRandom random = site.random();
        Payload payload = call.payload(site);
        ObjectNode record = object("eventVersion", EVENT_VERSION, "userIdentity", caller.identity(),
                "eventTime", site.time().toString(), "eventSource", call.eventSource(), "eventName", call.eventName(),
                "awsRegion", region, "sourceIPAddress", caller.sourceIp(),
                "userAgent", caller.console() ? consoleAgent(call) : caller.userAgent());
        if (failure != null) {
            record.put("errorCode", failure.code());
            record.put("errorMessage", failure.message());
        }
        record.set("requestParameters", payload.request());
        record.set("responseElements", failure == null ? payload.response() : null);
        if (payload.additional() != null) {
            record.set("additionalEventData", payload.additional());
        }
        record.put("requestID", call.eventSource().startsWith("s3.") ? AwsIds.hex(random, 16).toUpperCase(Locale.ROOT)
                : AwsIds.uuid(random));
        record.put("eventID", AwsIds.uuid(random));
        record.put("readOnly", call.readOnly());
        if (payload.resources() != null) {
            record.set("resources", payload.resources());
        }
        record.put("eventType", "AwsApiCall");
        record.put("managementEvent", !call.dataEvent());
        record.put("recipientAccountId", site.account());
        record.put("eventCategory", call.dataEvent() ? "Data" : "Management");
        if (!caller.sourceIp().endsWith(".amazonaws.com")) {
            record.set("tlsDetails", tls(call.host(site.region())));
        }
        if (caller.console()) {
            record.put("sessionCredentialFromConsole", "true");
        }
        return new TrailEvent(site.time(), site.account(), region, record);
    }

    /** An event of an AWS service acting on the account's resources by itself (not an API call). */
    static TrailEvent serviceEvent(String account, String region, String service, String eventName, ObjectNode details,
                                   Instant time, SplittableRandom random) {
        ObjectNode record = object("eventVersion", EVENT_VERSION, "userIdentity", object("accountId", account,
                        "invokedBy", service), "eventTime", time.toString(), "eventSource", service, "eventName", eventName,
                "awsRegion", region, "sourceIPAddress", service, "userAgent", service, "requestParameters", null,
                "responseElements", null, "eventID", AwsIds.uuid(random), "readOnly", false,
                "eventType", "AwsServiceEvent", "managementEvent", true, "recipientAccountId", account,
                "serviceEventDetails", details, "eventCategory", "Management");
        return new TrailEvent(time, account, region, record);
    }

    static ObjectNode tls(String host) {
        return object("tlsVersion", "TLSv1.3", "cipherSuite", "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader", host);
    }

    private static String consoleAgent(ApiCall call) {
        return switch (call.eventSource()) {
            case "ec2.amazonaws.com" -> "console.ec2.amazonaws.com";
            case "s3.amazonaws.com" -> CONSOLE_S3;
            default -> "AWS Internal";
        };
    }
}
