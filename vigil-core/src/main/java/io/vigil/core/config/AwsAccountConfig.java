package io.vigil.core.config;

import java.util.List;

/**
 * One AWS account and how to reach it.
 *
 * @param name       how collectors and commands refer to it
 * @param profile    named profile of the shared AWS config files; the default credential chain when absent
 * @param roleArn    role assumed (through STS) with those credentials, for cross-account reading
 * @param externalId the external id the role's trust policy asks for, if any
 * @param regions    regions read in this account
 */
public record AwsAccountConfig(String name, String profile, String roleArn, SecretRef externalId, List<String> regions) {

    public AwsAccountConfig {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
