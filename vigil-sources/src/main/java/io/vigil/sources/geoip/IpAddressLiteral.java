package io.vigil.sources.geoip;

import java.util.Arrays;

/**
 * Reads an IPv4 or IPv6 address literal into its bytes from its characters alone: never a DNS
 * lookup, which {@code InetAddress.getByName} makes for anything that is not a literal. Strict: no
 * zone ids, no brackets, no leading zeros in IPv4 parts (which some readers take for octal). An
 * IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is the IPv4 address it maps.
 */
final class IpAddressLiteral {

    /** The longest address literal: IPv6 with an IPv4 tail, {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
    static final int MAX_CHARS = 45;

    private IpAddressLiteral() {
    }

    /** The 4 or 16 bytes of the address, or {@code null} when the text is not an address literal. */
    static byte[] parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return parseIpv4(text, 0, text.length());
        }
        byte[] address = parseIpv6(text);
        return address != null && isIpv4Mapped(address) ? Arrays.copyOfRange(address, 12, 16) : address;
    }

    private static byte[] parseIpv4(String text, int from, int to) {
        byte[] address = new byte[4];
        int part = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '.') {
                continue;
            }
            int value = ipv4Part(text, start, i);
            if (value < 0 || part == 4) {
                return null;
            }
            address[part++] = (byte) value;
            start = i + 1;
        }
        return part == 4 ? address : null;
    }

    private static int ipv4Part(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 3 || (length > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }

    private static byte[] parseIpv6(String text) {
        if (text.length() < 2 || text.length() > MAX_CHARS) {
            return null;
        }
        byte[] address = new byte[16];
        int end = text.length();
        int groupsWanted = 8;
        if (text.indexOf('.') >= 0) {
            // an IPv4 tail stands for the last two groups
            int lastColon = text.lastIndexOf(':');
            byte[] ipv4 = parseIpv4(text, lastColon + 1, end);
            if (ipv4 == null) {
                return null;
            }
            System.arraycopy(ipv4, 0, address, 12, 4);
            groupsWanted = 6;
            boolean afterDoubleColon = lastColon > 0 && text.charAt(lastColon - 1) == ':';
            end = afterDoubleColon ? lastColon + 1 : lastColon;
        }
        int[] groups = new int[groupsWanted];
        int compressed = text.indexOf("::");
        if (compressed < 0) {
            if (readGroups(text, 0, end, groups) != groupsWanted) {
                return null;
            }
        } else {
            int[] tail = new int[groupsWanted];
            int head = readGroups(text, 0, compressed, groups);
            int tailCount = readGroups(text, compressed + 2, end, tail);
            if (head < 0 || tailCount < 0 || head + tailCount > groupsWanted - 1) {
                return null;
            }
            System.arraycopy(tail, 0, groups, groupsWanted - tailCount, tailCount);
        }
        for (int i = 0; i < groupsWanted; i++) {
            address[2 * i] = (byte) (groups[i] >>> 8);
            address[2 * i + 1] = (byte) groups[i];
        }
        return address;
    }

    /** Reads the colon-separated hex groups of text[from, to) into groups; their count, or -1 when invalid. */
    private static int readGroups(String text, int from, int to, int[] groups) {
        if (from == to) {
            return 0;
        }
        int count = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != ':') {
                continue;
            }
            int value = hexGroup(text, start, i);
            if (value < 0 || count == groups.length) {
                return -1;
            }
            groups[count++] = value;
            start = i + 1;
        }
        return count;
    }

    private static int hexGroup(String text, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static boolean isIpv4Mapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }
}
