package io.vigil.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void newHashesAreArgon2idWithTheOwaspParametersAndTheirSalt() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hash).doesNotContain("correct");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterz", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hasher.hash("correct horse battery"));
    }

    @Test
    void verifiesWithTheParametersStoredInTheHash() {
        // the Argon2id v1.3 test vector of the reference implementation (phc-winner-argon2, test.c):
        // password "password", salt "somesalt", m=2^16 KiB, t=2, p=1
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("Password", reference)).isFalse();
    }

    @Test
    void hashesMadeWithOtherParametersStillVerify() {
        String older = new PasswordHasher(new PasswordHasher.Cost(8 * 1024, 1, 1)).hash("correct horse battery");

        assertThat(older).startsWith("$argon2id$v=19$m=8192,t=1,p=1$");
        assertThat(hasher.verify("correct horse battery", older)).isTrue();
    }

    @Test
    void passwordsAreComparedAfterUnicodeNormalization() {
        String hash = hasher.hash("ｃｏｒｒｅｃｔ　ｈｏｒｓｅ");

        assertThat(hasher.verify("correct horse", hash)).isTrue();
    }

    @Test
    void theDummyCheckMatchesNothing() {
        hasher.verifyDummy("correct horse battery");
        hasher.verifyDummy("");
    }

    @Test
    void refusesStoredHashesItCannotRead() {
        assertThatThrownBy(() -> hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Argon2id");
        assertThatThrownBy(() -> hasher.verify("x", "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
