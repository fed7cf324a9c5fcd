package io.vigil.app.demo;

import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import io.vigil.web.users.UserStore;
import java.util.ArrayList;
import java.util.List;

/**
 * One user per role for the demo, each with a password generated for this run: what a customer
 * tries first. The project manager sees storefront only, whose AWS account is shared with payments.
 */
public final class DemoUsers {

    /** A demo user and the password that signs it in. */
    public record Login(User user, String password) {
    }

    private record Seat(String name, Role role, List<String> projects) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat("demo-admin", Role.ADMIN, List.of(User.ALL_PROJECTS)),
            new Seat("program-manager", Role.PROGRAM_MANAGER, List.of("storefront", "payments")),
            new Seat("project-manager", Role.PROJECT_MANAGER, List.of("storefront")),
            new Seat("developer", Role.DEVELOPER, List.of("payments")),
            new Seat("security-engineer", Role.SECURITY_ENGINEER, List.of(User.ALL_PROJECTS)),
            new Seat("sysadmin", Role.SYSADMIN, List.of("infrastructure")),
            new Seat("demo", Role.DEMO, List.of(User.ALL_PROJECTS)));

    private DemoUsers() {
    }

    /** Adds the demo users to the store of the demo's throw-away data directory. */
    public static List<Login> create(UserStore users) {
        List<Login> logins = new ArrayList<>();
        for (Seat seat : SEATS) {
            String password = users.generatePassword();
            logins.add(new Login(users.add(seat.name(), password, List.of(seat.role()), seat.projects()), password));
        }
        return logins;
    }
}
