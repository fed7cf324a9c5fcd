package io.vigil.sources.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sources.net.IpAddressLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.0.0.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
            "126.255.255.255", "128.0.0.1", "169.253.255.255", "172.15.255.255", "172.32.0.0", "192.0.1.255",
            "192.0.3.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "203.0.114.1",
            "223.255.255.255", "2001:200::1", "2001:4860:4860::8888", "2a01:4f8::1", "3ffe:ffff::1"})
    void publicAddresses(String address) {
        assertThat(PublicAddress.isPublic(IpAddressLiteral.parse(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0.0.0.0", "0.1.2.3",                                  // this network
        "10.0.0.1", "10.255.255.255",                          // private
        "100.64.0.0", "100.127.255.255",                       // shared (carrier-grade NAT)
        "127.0.0.1", "127.255.255.254",                        // loopback
        "169.254.169.254",                                     // link-local (the EC2 metadata service)
        "172.16.0.1", "172.31.255.255",                        // private
        "192.0.0.8",                                           // IETF protocol assignments
        "192.0.2.1", "198.51.100.7", "203.0.113.200",          // documentation
        "192.88.99.1",                                         // 6to4 relay anycast
        "192.168.1.1",                                         // private
        "198.18.0.1", "198.19.255.255",                        // benchmarking
        "224.0.0.251", "239.255.255.250",                      // multicast
        "240.0.0.1", "255.255.255.255",                        // reserved, broadcast
        "::", "::1",                                           // unspecified, loopback
        "::ffff:10.0.0.1",                                     // IPv4-mapped private
        "64:ff9b::8.8.8.8",                                    // NAT64
        "100::1",                                              // discard-only
        "2001::1", "2001:1ff:ffff::1",                         // IETF protocol assignments (Teredo, ...)
        "2001:db8::1", "3fff::1",                              // documentation
        "2002:c000:0204::1",                                   // 6to4
        "fc00::1", "fd12:3456::1",                             // unique local
        "fe80::1", "fec0::1",                                  // link-local, site-local
        "ff02::1",                                             // multicast
        "4000::1", "1000::1"})                                 // not (yet) global unicast
    void specialPurposeAddresses(String address) {
        assertThat(PublicAddress.isPublic(IpAddressLiteral.parse(address))).isFalse();
    }
}
