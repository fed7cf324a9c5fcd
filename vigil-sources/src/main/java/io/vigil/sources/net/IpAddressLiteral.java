package io.vigil.sources.net;

import java.util.Arrays;

/**
 * IPv4 and IPv6 address literals told from host names, and read into their bytes, from their
 * characters alone: never a DNS lookup, which {@code InetAddress.getByName} makes for anything that is
 * not a literal ({@code config.amazonaws.com}). Strict: no zone ids, no brackets, no leading zeros in
 * IPv4 parts (which some readers take for octal). An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1})
 * reads as the IPv4 address it maps.
 *
 * <p>{@link #isIp} allocates nothing: it runs on every CloudTrail record.
 */
public final class IpAddressLiteral {

    /** The longest address literal: IPv6 with an IPv4 tail, {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
    public static final int MAX_CHARS = 45;

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    private static final int IPV6_GROUPS = 8;

    private IpAddressLiteral() {
    }

    /** Whether the text is an IPv4 or IPv6 address literal. */
    public static boolean isIp(String text) {
        return text != null && read(text, null);
    }

    /** The 4 or 16 bytes of the address, or {@code null} when the text is not an address literal. */
    public static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        boolean ipv6 = text.indexOf(':') >= 0;
        byte[] address = new byte[ipv6 ? IPV6_BYTES : IPV4_BYTES];
        if (!read(text, address)) {
            return null;
        }
        return ipv6 && isIpv4Mapped(address) ? Arrays.copyOfRange(address, 12, 16) : address;
    }

    /**
     * Checks the text and, when {@code address} is given (4 bytes for a text without a colon, else 16),
     * writes the address into it.
     */
    private static boolean read(String text, byte[] address) {
        if (text.isEmpty()) {
            return false;
        }
        return text.indexOf(':') < 0 ? readIpv4(text, 0, text.length(), address, 0) : readIpv6(text, address);
    }

    private static boolean readIpv4(String text, int from, int to, byte[] address, int offset) {
        int part = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '.') {
                continue;
            }
            int value = ipv4Part(text, start, i);
            if (value < 0 || part == IPV4_BYTES) {
                return false;
            }
            if (address != null) {
                address[offset + part] = (byte) value;
            }
            part++;
            start = i + 1;
        }
        return part == IPV4_BYTES;
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

    private static boolean readIpv6(String text, byte[] address) {
        if (text.length() < 2 || text.length() > MAX_CHARS) {
            return false;
        }
        int end = text.length();
        int groups = IPV6_GROUPS;
        if (text.indexOf('.') >= 0) {
            // an IPv4 tail stands for the last two groups
            int lastColon = text.lastIndexOf(':');
            if (!readIpv4(text, lastColon + 1, end, address, 12)) {
                return false;
            }
            groups = IPV6_GROUPS - 2;
            boolean afterDoubleColon = lastColon > 0 && text.charAt(lastColon - 1) == ':';
            end = afterDoubleColon ? lastColon + 1 : lastColon;
        }
        int compressed = text.indexOf("::");
        if (compressed < 0) {
            return readGroups(text, 0, end, groups, address, 0) == groups;
        }
        int head = readGroups(text, 0, compressed, groups, address, 0);
        int tail = readGroups(text, compressed + 2, end, groups, null, 0);
        if (head < 0 || tail < 0 || head + tail > groups - 1) {
            return false;
        }
        // the groups the double colon stands for stay zero; the tail fills the last ones
        readGroups(text, compressed + 2, end, groups, address, groups - tail);
        return true;
    }

    /**
     * Reads the colon-separated hex groups of text[from, to), at most {@code max}, writing them from
     * group {@code first} on when {@code address} is given; their count, or -1 when invalid.
     */
    private static int readGroups(String text, int from, int to, int max, byte[] address, int first) {
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
            if (value < 0 || count == max) {
                return -1;
            }
            if (address != null) {
                address[2 * (first + count)] = (byte) (value >>> 8);
                address[2 * (first + count) + 1] = (byte) value;
            }
            count++;
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
