package io.vigil.sources.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.0", "0.0.0.0", "255.255.255.255", "10.61.88.189", "::", "::1", "1::",
            "2001:db8::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1:2:3:4:5:6",
            "::ffff:192.0.2.128", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4", "ABCD:EF01::"})
    void ipLiterals(String text) {
        assertThat(IpLiteral.isIp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "config.amazonaws.com", "AWS Internal", "localhost", "1.2.3", "1.2.3.4.5", "256.0.0.1",
            "01.2.3.4", "1.2.3.4 ", " 1.2.3.4", "1..2.3", "1.2.3.-4", "\uff11.2.3.4", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
            "1::2::3", ":::", ":1::", "1:::2", "12345::", "g::1", "fe80::1%eth0", "1.2.3.4::", "::1.2.3", "[::1]",
            "1:2:3:4:5:6:7:1.2.3.4", "::\uff11"})
    void notIpLiterals(String text) {
        assertThat(IpLiteral.isIp(text)).isFalse();
    }
}
