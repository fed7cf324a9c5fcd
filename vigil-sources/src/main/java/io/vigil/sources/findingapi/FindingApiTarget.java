package io.vigil.sources.findingapi;

import io.vigil.core.config.AwsAccountConfig;
import io.vigil.core.config.AwsConfig;
import io.vigil.core.config.ConfigException;
import io.vigil.sources.aws.AwsAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * One account and region whose findings are read, each source with its own cursor there.
 *
 * @param account the account's name in {@code aws.accounts} ({@value AwsAccounts#DEFAULT} for the default chain)
 */
public record FindingApiTarget(String account, String region) {

    public FindingApiTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }

    /**
     * Every region of every configured account; an account without regions is read in the default
     * region of its profile, and without accounts the default chain is read in the default region.
     */
    public static List<FindingApiTarget> of(AwsConfig aws) {
        if (aws.accounts().isEmpty()) {
            return List.of(new FindingApiTarget(AwsAccounts.DEFAULT, defaultRegion(AwsAccounts.DEFAULT, null)));
        }
        List<FindingApiTarget> targets = new ArrayList<>();
        for (AwsAccountConfig account : aws.accounts()) {
            List<String> regions = account.regions().isEmpty()
                    ? List.of(defaultRegion(account.name(), account.profile())) : account.regions();
            regions.forEach(region -> targets.add(new FindingApiTarget(account.name(), region)));
        }
        return List.copyOf(targets);
    }

    @Override
    public String toString() {
        return account + "/" + region;
    }

    private static String defaultRegion(String account, String profile) {
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion().id();
        } catch (SdkClientException e) {
            throw new ConfigException("no region to read findings in for AWS account '" + account
                    + "': list its regions under aws.accounts (regions), or set AWS_REGION or region in its profile");
        }
    }
}
