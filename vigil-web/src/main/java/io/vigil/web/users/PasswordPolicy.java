package io.vigil.web.users;

/**
 * What a password must be: 12 to 256 characters (Unicode code points). Length is what makes a
 * password strong; composition rules are left out, as NIST SP 800-63B advises.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong, never quoting the password
     */
    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("the password is too short: use at least " + MIN_LENGTH
                    + " characters (a few unrelated words make a strong one)");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("the password is too long: use at most " + MAX_LENGTH + " characters");
        }
    }
}
