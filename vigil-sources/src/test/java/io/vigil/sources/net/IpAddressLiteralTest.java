package io.vigil.sources.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "0.0.0.0", "255.255.255.255", "192.0.2.1", "10.61.88.189", "::", "::1", "1::",
            "2001:db8::1", "2001:db8::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:DB8:0:0:8:800:200C:417A",
            "2001:db8:0:0:0:0:2:1", "fe80::1:2:3:4", "fe80::1:2:3:4:5:6", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:1.2.3.4", "::1.2.3.4", "64:ff9b::192.0.2.33", "1::5:6:1.2.3.4", "ABCD:EF01::",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
    void literalsAreReadAsTheJdkReadsThem(String literal) throws UnknownHostException {
        assertThat(IpAddressLiteral.isIp(literal)).isTrue();
        // for literals InetAddress makes no DNS lookup, so it can serve as the reference
        assertThat(IpAddressLiteral.parse(literal)).isEqualTo(InetAddress.getByName(literal).getAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:8.8.8.8", "::ffff:808:808", "0:0:0:0:0:ffff:8.8.8.8"})
    void anIpv4MappedAddressIsItsIpv4Address(String literal) {
        assertThat(IpAddressLiteral.isIp(literal)).isTrue();
        assertThat(IpAddressLiteral.parse(literal)).containsExactly(8, 8, 8, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "config.amazonaws.com", "localhost", "AWS Internal", "1.2.3", "1.2.3.4.5", "256.1.1.1",
            "256.0.0.1", "01.2.3.4", "1.2.3.04", "1..2.3", "1.2.3.4.", ".1.2.3", "-1.2.3.4", "1.2.3.-4", "1.2.3.4 ",
            " 1.2.3.4", "١.٢.٣.٤", "\uff11.2.3.4", ":", ":::", ":1::", "1:::2", "1::2::3", ":1::2", "1::2:",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "12345::1", "g::1", "fe80::1%eth0", "[::1]", "::1.2.3",
            "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "::1.2.3.4:5", "１::2", "::\uff11", "1:2:3:4:5:6:7:8::",
            "::1:2:3:4:5:6:7:8"})
    void anythingElseIsNotALiteral(String text) {
        assertThat(IpAddressLiteral.isIp(text)).isFalse();
        assertThat(IpAddressLiteral.parse(text)).isNull();
    }

    @Test
    void noTextIsNoLiteral() {
        assertThat(IpAddressLiteral.isIp(null)).isFalse();
        assertThat(IpAddressLiteral.parse(null)).isNull();
    }
}
