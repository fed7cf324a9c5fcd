package io.vigil.app.demo;

import static io.vigil.app.demo.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Who makes a call, as CloudTrail's {@code userIdentity} tells it, with the address and client the
 * call comes from.
 *
 * @param arn     the principal named in permission errors
 * @param console whether the calls come from a console session (their user agent is then the console's)
 */
record Caller(JsonNode identity, String arn, String sourceIp, String userAgent, boolean console) {

    static final String AWS_CLI = "aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/macos#24.1.0 md/arch#arm64 lang/python#3.12.6"
            + " md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off";
    static final String JAVA_SDK = "aws-sdk-java/2.29.20 Linux/6.1.115-126.197.amzn2023.x86_64"
            + " OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Amazon.com_Inc. md/internal io/sync http/Apache";
    static final String BOTO3 = "Boto3/1.35.70 md/Botocore#1.35.70 ua/2.0 os/linux#6.1.115-126.197.amzn2023.x86_64"
            + " md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.70";
    static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.9.8 (+https://www.terraform.io)"
            + " terraform-provider-aws/5.78.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.32.5";

    /** An IAM user calling with their long-term access key. */
    static Caller withAccessKey(Person person, String ip, String userAgent) {
        return new Caller(object("type", "IAMUser", "principalId", AwsIds.principalId("AIDA", person.arn()),
                "arn", person.arn(), "accountId", person.account(), "accessKeyId", AwsIds.accessKey(person.arn()),
                "userName", person.name()), person.arn(), ip, userAgent, false);
    }

    /** An IAM user in the console session they signed in to. */
    static Caller consoleSession(Person person, Instant signedIn, boolean mfa, String sessionKey, String ip, String browser) {
        return new Caller(object("type", "IAMUser", "principalId", AwsIds.principalId("AIDA", person.arn()),
                "arn", person.arn(), "accountId", person.account(), "accessKeyId", sessionKey, "userName", person.name(),
                "sessionContext", session(object(), signedIn, mfa)), person.arn(), ip, browser, true);
    }

    /** The account's root user in a console session. */
    static Caller rootSession(String account, Instant signedIn, boolean mfa, String sessionKey, String ip, String browser) {
        String arn = rootArn(account);
        return new Caller(object("type", "Root", "principalId", account, "arn", arn, "accountId", account,
                "accessKeyId", sessionKey, "sessionContext", session(object(), signedIn, mfa)), arn, ip, browser, true);
    }

    /** A role session, e.g. an instance profile's (the session is named after the instance). */
    static Caller role(String account, String role, String session, Instant issued, String sessionKey, String ip,
                       String userAgent) {
        return new Caller(roleIdentity(account, role, session, issued, sessionKey, null),
                roleSessionArn(account, role, session), ip, userAgent, false);
    }

    /** A role session of an AWS service acting for the account (AWS Config, ...): it calls from the service's name. */
    static Caller serviceRole(String account, String role, String session, String service, Instant issued,
                              String sessionKey) {
        return new Caller(roleIdentity(account, role, session, issued, sessionKey, service),
                roleSessionArn(account, role, session), service, service, false);
    }

    /** An AWS service calling with its own identity (assuming an execution role, ...). */
    static Caller awsService(String service) {
        return new Caller(object("type", "AWSService", "invokedBy", service), service, service, service, false);
    }

    /** A GitHub Actions workflow signing in with its OpenID Connect token. */
    static Caller webIdentity(String account, String project, String ip) {
        String provider = GitHubActions.provider(account);
        String subject = GitHubActions.subject(project);
        return new Caller(object("type", "WebIdentityUser", "principalId", provider + ":sts.amazonaws.com:" + subject,
                "userName", subject, "identityProvider", provider), subject, ip, GitHubActions.USER_AGENT, false);
    }

    static String rootArn(String account) {
        return "arn:aws:iam::" + account + ":root";
    }

    /** @param role the role's name, with its path for service-linked roles ({@code aws-service-role/...}) */
    private static JsonNode roleIdentity(String account, String role, String session, Instant issued, String sessionKey,
                                         String invokedBy) {
        String roleArn = "arn:aws:iam::" + account + ":role/" + role;
        String rolePrincipal = AwsIds.principalId("AROA", roleArn);
        JsonNode issuer = object("type", "Role", "principalId", rolePrincipal, "arn", roleArn, "accountId", account,
                "userName", roleName(role));
        var identity = object("type", "AssumedRole", "principalId", rolePrincipal + ":" + session,
                "arn", roleSessionArn(account, role, session), "accountId", account, "accessKeyId", sessionKey,
                "sessionContext", session(issuer, issued, false));
        if (invokedBy != null) {
            identity.put("invokedBy", invokedBy);
        }
        return identity;
    }

    private static String roleSessionArn(String account, String role, String session) {
        return "arn:aws:sts::" + account + ":assumed-role/" + roleName(role) + "/" + session;
    }

    private static String roleName(String role) {
        return role.substring(role.lastIndexOf('/') + 1);
    }

    private static JsonNode session(JsonNode issuer, Instant issued, boolean mfa) {
        return object("sessionIssuer", issuer, "webIdFederationData", object(),
                "attributes", object("creationDate", issued.toString(), "mfaAuthenticated", Boolean.toString(mfa)));
    }
}
