package io.vigil.sources.cloudtrail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ECS {@code event.category} and {@code event.type} of a CloudTrail record, from its event name and
 * source: sign-ins and session starts are {@code authentication}; calls to IAM and Identity Center
 * are {@code iam}; every other call is {@code api}. The type comes from the verb the event name
 * begins with, else from {@code readOnly}. Values are those ECS allows for each category.
 */
final class EventClassification {

    private static final Set<String> SESSION_STARTS = Set.of("ConsoleLogin", "SwitchRole", "RenewRole",
            "GetSigninToken", "GetSessionToken", "GetFederationToken", "AssumeRoot");
    private static final Set<String> SESSION_ENDS = Set.of("ExitRole", "ConsoleLogout", "Logout");
    private static final Set<String> AUTHENTICATION_INFO = Set.of("CheckMfa", "CredentialVerification",
            "CredentialChallenge", "UserAuthentication");
    private static final Set<String> IAM_PROVIDERS = Set.of("iam.amazonaws.com", "sso.amazonaws.com",
            "identitystore.amazonaws.com", "sso-directory.amazonaws.com");

    private static final Set<String> CREATION = Set.of("Create", "Run", "Allocate", "Import", "Register", "Copy", "Launch", "Issue");
    private static final Set<String> DELETION = Set.of("Delete", "Terminate", "Deregister", "Release", "Purge", "Destroy");
    private static final Set<String> CHANGE = Set.of("Update", "Put", "Modify", "Attach", "Detach", "Add", "Remove", "Set",
            "Change", "Enable", "Disable", "Tag", "Untag", "Upload", "Associate", "Disassociate", "Authorize", "Revoke",
            "Reset", "Replace", "Restore", "Start", "Stop", "Reboot", "Apply", "Rotate", "Accept", "Reject", "Cancel",
            "Deactivate", "Activate", "Grant", "Retire", "Schedule", "Upgrade", "Assign", "Unassign");
    private static final Set<String> INFO = Set.of("Get", "List", "Describe", "Lookup", "Head", "Search", "Query", "Scan",
            "Select", "Check", "Test", "Verify", "Preview", "Estimate", "Validate", "Simulate");

    private static final Classification SESSION_START = new Classification(List.of("authentication"), List.of("start"));
    private static final Classification SESSION_END = new Classification(List.of("authentication"), List.of("end"));
    private static final Classification AUTHENTICATION = new Classification(List.of("authentication"), List.of("info"));
    /** The classification of other calls, by type: made once, as every record needs one. */
    private static final Map<String, Classification> API = Stream.of("creation", "deletion", "change", "info")
            .collect(Collectors.toUnmodifiableMap(type -> type, type -> new Classification(List.of("api"), List.of(type))));

    private EventClassification() {
    }

    record Classification(List<String> categories, List<String> types) {
    }

    static Classification of(String eventName, String eventSource, Boolean readOnly) {
        if (eventName == null) {
            return API.get("info");
        }
        if (SESSION_STARTS.contains(eventName) || eventName.startsWith("AssumeRole")) {
            return SESSION_START;
        }
        if (SESSION_ENDS.contains(eventName)) {
            return SESSION_END;
        }
        if (AUTHENTICATION_INFO.contains(eventName)) {
            return AUTHENTICATION;
        }
        String type = verbType(eventName, readOnly);
        if (IAM_PROVIDERS.contains(eventSource)) {
            return new Classification(List.of("iam"), iamTypes(eventName, type));
        }
        return API.get(type);
    }

    private static List<String> iamTypes(String eventName, String type) {
        if (eventName.contains("Group")) {
            return List.of(type, "group");
        }
        if (eventName.contains("User")) {
            return List.of(type, "user");
        }
        return List.of(type);
    }

    private static String verbType(String eventName, Boolean readOnly) {
        String verb = verb(eventName);
        if (CREATION.contains(verb)) {
            return "creation";
        }
        if (DELETION.contains(verb)) {
            return "deletion";
        }
        if (CHANGE.contains(verb)) {
            return "change";
        }
        if (INFO.contains(verb)) {
            return "info";
        }
        return Boolean.FALSE.equals(readOnly) ? "change" : "info";
    }

    /** The leading capitalised word: {@code Describe} of {@code DescribeLaunchConfigurations}. */
    private static String verb(String eventName) {
        int end = 1;
        while (end < eventName.length() && !Character.isUpperCase(eventName.charAt(end))) {
            end++;
        }
        return eventName.substring(0, Math.min(end, eventName.length()));
    }
}
