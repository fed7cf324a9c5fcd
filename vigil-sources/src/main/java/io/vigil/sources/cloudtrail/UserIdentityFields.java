package io.vigil.sources.cloudtrail;

import static io.vigil.sources.cloudtrail.CloudTrailNormalizer.child;
import static io.vigil.sources.cloudtrail.CloudTrailNormalizer.putBoolean;
import static io.vigil.sources.cloudtrail.CloudTrailNormalizer.putText;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who made a CloudTrail call: {@code user.name} and {@code user.id} for dashboards, and the
 * identity as CloudTrail gives it under {@code aws.cloudtrail.user_identity} (type, ARN, access
 * key, the session issuer of an assumed role, MFA on the session).
 *
 * <p>{@code user.name} is the IAM user name; {@code root} for the root user; the session name of an
 * assumed role (for Identity Center sessions that is the person); the name of a federated user; the
 * calling service for {@code AWSService}. {@code user.id} is the principal id.
 */
final class UserIdentityFields {

    static final String UNKNOWN = "Unknown";

    private UserIdentityFields() {
    }

    /** Writes {@code user.*} into {@code user} and the identity into {@code aws} ({@code aws.cloudtrail}). */
    static void write(CloudTrailRecord.Identity identity, ObjectNode user, ObjectNode aws) {
        if (identity == null) {
            return;
        }
        String type = identity.type == null ? UNKNOWN : identity.type;
        putText(user, "name", userName(type, identity));
        putText(user, "id", identity.principalId);
        ObjectNode kept = child(aws, "user_identity", 10);
        kept.put("type", type);
        putText(kept, "arn", identity.arn);
        putText(kept, "principal_id", identity.principalId);
        putText(kept, "account_id", identity.accountId);
        putText(kept, "access_key_id", identity.accessKeyId);
        putText(kept, "user_name", identity.userName);
        putText(kept, "invoked_by", identity.invokedBy);
        putText(kept, "identity_provider", identity.identityProvider);
        if (identity.hasSession) {
            ObjectNode session = child(kept, "session_context", 4);
            putBoolean(session, "mfa_authenticated", identity.mfaAuthenticated);
            putText(session, "creation_date", identity.sessionCreationDate);
            putText(session, "source_identity", identity.sourceIdentity);
            if (identity.hasIssuer) {
                ObjectNode issuer = child(session, "session_issuer", 5);
                putText(issuer, "type", identity.issuerType);
                putText(issuer, "arn", identity.issuerArn);
                putText(issuer, "principal_id", identity.issuerPrincipalId);
                putText(issuer, "account_id", identity.issuerAccountId);
                putText(issuer, "user_name", identity.issuerUserName);
            }
        }
    }

    private static String userName(String type, CloudTrailRecord.Identity identity) {
        return switch (type) {
            case "Root" -> identity.userName != null ? identity.userName : "root";
            case "AssumedRole", "FederatedUser" -> lastArnSegment(identity.arn, identity.userName);
            case "AWSService" -> identity.invokedBy;
            default -> identity.userName;
        };
    }

    /**
     * The session or user name at the end of an STS ARN
     * ({@code arn:aws:sts::1:assumed-role/Role/session} gives {@code session}).
     */
    private static String lastArnSegment(String arn, String fallback) {
        if (arn == null) {
            return fallback;
        }
        int slash = arn.lastIndexOf('/');
        return slash >= 0 && slash < arn.length() - 1 ? arn.substring(slash + 1) : fallback;
    }
}
