package io.vigil.app.bench;

import io.vigil.core.config.ProgramConfig;
import io.vigil.core.config.ProjectConfig;
import io.vigil.web.auth.Principal;
import io.vigil.web.users.Role;
import java.util.List;

/**
 * The AWS estate the dashboard benchmark's data comes from: eight accounts, each with a home region,
 * in two programs of five projects; one account is shared by two projects and one belongs to no
 * project ({@code unassigned}, admins only). The signed-in users the benchmark queries as are here too.
 */
final class BenchEstate {

    static final List<String> ACCOUNTS = List.of("310000000001", "310000000002", "310000000003", "310000000004",
            "310000000005", "310000000006", "310000000007", "310000000008");
    /** Each account's home region, where most of its activity is. */
    static final List<String> HOME_REGIONS = List.of("eu-west-1", "eu-west-1", "us-east-1", "eu-central-1",
            "us-west-2", "ap-southeast-2", "eu-west-1", "us-east-1");
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "eu-central-1", "us-west-2",
            "ap-southeast-2", "ap-northeast-1");
    /** The account of storefront and payments alike. */
    static final String SHARED_ACCOUNT = "310000000002";
    /** An account filter a user picks: the data platform's second account. */
    static final String FILTERED_ACCOUNT = "310000000006";
    /** The project a project manager picks among the two they manage. */
    static final String MANAGED_PROJECT = "payments";

    private BenchEstate() {
    }

    /** The project map: account 310000000008 (a sandbox) is in none, so its documents are {@code unassigned}. */
    static List<ProgramConfig> programs() {
        return List.of(
                new ProgramConfig("commerce", List.of(
                        project("storefront", ACCOUNTS.get(0), SHARED_ACCOUNT),
                        project("payments", SHARED_ACCOUNT, ACCOUNTS.get(2)))),
                new ProgramConfig("platform", List.of(
                        project("identity", ACCOUNTS.get(3)),
                        project("data", ACCOUNTS.get(4), FILTERED_ACCOUNT),
                        project("infrastructure", ACCOUNTS.get(6)))));
    }

    /** An administrator: every document, unassigned ones included. */
    static Principal admin() {
        return new Principal("bench-admin", Principal.Kind.USER, List.of(Role.ADMIN), List.of());
    }

    /** A project manager of storefront and payments. */
    static Principal projectManager() {
        return new Principal("bench-project-manager", Principal.Kind.USER, List.of(Role.PROJECT_MANAGER),
                List.of("storefront", MANAGED_PROJECT));
    }

    private static ProjectConfig project(String name, String... accounts) {
        return new ProjectConfig(name, List.of(), List.of(accounts), null, null, null, null);
    }
}
