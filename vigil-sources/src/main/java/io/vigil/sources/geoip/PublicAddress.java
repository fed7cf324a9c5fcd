package io.vigil.sources.geoip;

import io.vigil.sources.net.IpAddressLiteral;
import java.util.Arrays;
import java.util.List;

/**
 * Tells a public address, one a geolocation database can place, from the special-purpose ranges of
 * the IANA registries (RFC 6890 and successors): private, shared (carrier-grade NAT), loopback,
 * link-local, documentation, benchmarking, multicast and reserved. For IPv6 only global unicast
 * ({@code 2000::/3}) is public, less its special-purpose blocks.
 */
final class PublicAddress {

    private static final List<Block> IPV4_SPECIAL = Block.all(
            "0.0.0.0/8",          // "this network"
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // shared address space (carrier-grade NAT)
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments
            "192.0.2.0/24",       // documentation (TEST-NET-1)
            "192.88.99.0/24",     // 6to4 relay anycast (deprecated)
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation (TEST-NET-2)
            "203.0.113.0/24",     // documentation (TEST-NET-3)
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, and the limited broadcast address

    private static final Block IPV6_GLOBAL_UNICAST = Block.of("2000::/3");

    private static final List<Block> IPV6_SPECIAL = Block.all(
            "2001::/23",          // IETF protocol assignments (Teredo, benchmarking, ORCHID, ...)
            "2001:db8::/32",      // documentation
            "2002::/16",          // 6to4
            "3fff::/20");         // documentation

    private PublicAddress() {
    }

    /** Whether the address (4 or 16 bytes) is public. */
    static boolean isPublic(byte[] address) {
        return address.length == 4
                ? noneContains(IPV4_SPECIAL, address)
                : IPV6_GLOBAL_UNICAST.contains(address) && noneContains(IPV6_SPECIAL, address);
    }

    private static boolean noneContains(List<Block> blocks, byte[] address) {
        for (Block block : blocks) {
            if (block.contains(address)) {
                return false;
            }
        }
        return true;
    }

    /** A network prefix in CIDR notation. */
    private record Block(byte[] network, int prefixLength) {

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            return new Block(IpAddressLiteral.parse(cidr.substring(0, slash)),
                    Integer.parseInt(cidr.substring(slash + 1)));
        }

        static List<Block> all(String... cidrs) {
            return Arrays.stream(cidrs).map(Block::of).toList();
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = 0xff << (8 - restBits) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
