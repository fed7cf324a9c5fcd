package io.vigil.web.users;

import java.util.Optional;

/**
 * What the first start did about the admin: nothing (an admin exists), created one with the password
 * from the environment, or created one with a generated password, which exists only here: print it
 * once and never log it. {@link #toString} leaves it out.
 */
public record AdminBootstrap(boolean created, String name, String generatedPassword) {

    static AdminBootstrap notNeeded() {
        return new AdminBootstrap(false, null, null);
    }

    /** The password to show the user once, when it was generated. */
    public Optional<String> generated() {
        return Optional.ofNullable(generatedPassword);
    }

    @Override
    public String toString() {
        return created ? "AdminBootstrap[created " + name + (generatedPassword == null ? "" : " with a generated password")
                + "]" : "AdminBootstrap[an admin exists]";
    }
}
