package io.vigil.sources.aws;

import io.vigil.core.config.AwsAccountConfig;
import io.vigil.core.config.AwsConfig;
import io.vigil.core.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configured AWS accounts, each with its {@link AwsClients} made on first use. An unnamed account
 * (or {@value #DEFAULT} when no account of that name is configured) is the machine's default
 * credential chain and region. Closing this closes every client it made.
 */
public final class AwsAccounts implements AutoCloseable {

    /** The implicit account of the default credential chain. */
    public static final String DEFAULT = "default";

    private final AwsConfig config;
    private final Map<String, String> environment;
    private final Map<String, AwsClients> clients = new LinkedHashMap<>();

    public AwsAccounts(AwsConfig config, Map<String, String> environment) {
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    /** The clients of the named account ({@code null} for the default credential chain). */
    public synchronized AwsClients clients(String account) {
        String name = account == null ? DEFAULT : account;
        AwsClients existing = clients.get(name);
        if (existing != null) {
            return existing;
        }
        AwsClients made = config.account(name)
                .map(configured -> AwsClients.of(configured, environment))
                .orElseGet(() -> {
                    if (!name.equals(DEFAULT)) {
                        throw new ConfigException("no AWS account '" + name + "' in aws.accounts; configured: "
                                + configured() + " (or leave the account out for the default credential chain)");
                    }
                    return AwsClients.defaultChain();
                });
        clients.put(name, made);
        return made;
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(AwsClients::close);
        clients.clear();
    }

    private String configured() {
        return config.accounts().isEmpty() ? "none"
                : config.accounts().stream().map(AwsAccountConfig::name).collect(Collectors.joining(", "));
    }
}
