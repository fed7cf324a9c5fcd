package io.vigil.web.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveToTwoHundredFiftySixCharacters() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(12))).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("a".repeat(256))).doesNotThrowAnyException();
        // 12 characters outside the BMP are 24 chars in Java
        assertThatCode(() -> PasswordPolicy.check("😀".repeat(12))).doesNotThrowAnyException();
    }

    @Test
    void refusesShortAndOverlongPasswordsWithoutQuotingThem() {
        assertThatThrownBy(() -> PasswordPolicy.check("short-pass1")).hasMessageContaining("at least 12")
                .hasMessageNotContaining("short-pass1");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(257))).hasMessageContaining("at most 256");
        assertThatThrownBy(() -> PasswordPolicy.check("😀".repeat(11))).hasMessageContaining("at least 12");
    }
}
