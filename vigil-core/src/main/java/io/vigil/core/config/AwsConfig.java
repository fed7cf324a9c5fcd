package io.vigil.core.config;

import java.util.List;
import java.util.Optional;

/**
 * The AWS accounts Vigil reads from. With no accounts, the default credential chain and region of
 * the machine are used (one implicit account named {@code default}).
 */
public record AwsConfig(List<AwsAccountConfig> accounts) {

    public AwsConfig {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public static AwsConfig defaults() {
        return new AwsConfig(null);
    }

    public Optional<AwsAccountConfig> account(String name) {
        return accounts.stream().filter(account -> account.name().equals(name)).findFirst();
    }
}
