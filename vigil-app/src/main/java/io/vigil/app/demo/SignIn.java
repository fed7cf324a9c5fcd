package io.vigil.app.demo;

import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Console sign-ins ({@code ConsoleLogin}) as CloudTrail records them: the result in
 * {@code responseElements.ConsoleLogin}, whether MFA was used in {@code additionalEventData.MFAUsed},
 * recorded in us-east-1. A sign-in to a user name the account does not have hides the name.
 */
final class SignIn {

    static final String HIDDEN_USER = "HIDDEN_DUE_TO_SECURITY_REASONS";
    private static final String LOGIN_TO = "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true";

    private SignIn() {
    }

    /** An IAM user's sign-in; a failed one is a wrong password (MFA is not asked then). */
    static TrailEvent user(Person person, Instant time, boolean success, String ip, String browser, SplittableRandom random) {
        JsonNode identity = success
                ? object("type", "IAMUser", "principalId", AwsIds.principalId("AIDA", person.arn()), "arn", person.arn(),
                        "accountId", person.account(), "userName", person.name())
                : object("type", "IAMUser", "principalId", AwsIds.principalId("AIDA", person.arn()),
                        "accountId", person.account(), "accessKeyId", "", "userName", person.name());
        boolean mfa = success && person.usesMfa();
        return record(identity, person.account(), time, ip, browser, success ? null : "Failed authentication", mfa,
                mfa ? "arn:aws:iam::" + person.account() + ":mfa/" + person.name() : null, random);
    }

    static TrailEvent root(String account, Instant time, boolean mfa, String ip, String browser, SplittableRandom random) {
        JsonNode identity = object("type", "Root", "principalId", account, "arn", Caller.rootArn(account),
                "accountId", account, "accessKeyId", "");
        return record(identity, account, time, ip, browser, null, mfa,
                mfa ? "arn:aws:iam::" + account + ":mfa/root-account-mfa-device" : null, random);
    }

    /** A failed sign-in to a user name the account does not have (someone guessing names). */
    static TrailEvent unknownUser(String account, Instant time, String ip, String browser, SplittableRandom random) {
        JsonNode identity = object("type", "IAMUser", "accountId", account, "accessKeyId", "", "userName", HIDDEN_USER);
        return record(identity, account, time, ip, browser, "No username found in supplied account", false, null, random);
    }

    private static TrailEvent record(JsonNode identity, String account, Instant time, String ip, String browser,
                                     String error, boolean mfa, String mfaDevice, SplittableRandom random) {
        ObjectNode record = object("eventVersion", TrailRecord.EVENT_VERSION, "userIdentity", identity,
                "eventTime", time.toString(), "eventSource", ApiCall.CONSOLE_LOGIN.eventSource(),
                "eventName", ApiCall.CONSOLE_LOGIN.eventName(), "awsRegion", DemoEstate.US, "sourceIPAddress", ip,
                "userAgent", browser);
        if (error != null) {
            record.put("errorMessage", error);
        }
        ObjectNode additional = object("LoginTo", LOGIN_TO, "MobileVersion", "No");
        if (mfaDevice != null) {
            additional.put("MFAIdentifier", mfaDevice);
        }
        additional.put("MFAUsed", mfa ? "Yes" : "No");
        record.putNull("requestParameters");
        record.set("responseElements", object("ConsoleLogin", error == null ? "Success" : "Failure"));
        record.set("additionalEventData", additional);
        record.put("eventID", AwsIds.uuid(random));
        record.put("readOnly", false);
        record.put("eventType", "AwsConsoleSignIn");
        record.put("managementEvent", true);
        record.put("recipientAccountId", account);
        record.put("eventCategory", "Management");
        record.set("tlsDetails", TrailRecord.tls("signin.aws.amazon.com"));
        return new TrailEvent(time, account, DemoEstate.US, record);
    }
}
