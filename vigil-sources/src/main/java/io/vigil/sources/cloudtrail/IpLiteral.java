package io.vigil.sources.cloudtrail;

/**
 * Tells an IPv4 or IPv6 literal from a host name by its characters alone: never a DNS lookup, which
 * {@code InetAddress.getByName} would make for {@code config.amazonaws.com}. Strict: no zone ids,
 * no leading zeros in IPv4 parts (which some readers take for octal).
 */
final class IpLiteral {

    private static final int MAX_IPV6_CHARS = 45;

    private IpLiteral() {
    }

    static boolean isIp(String text) {
        return text != null && (isIpv4(text, 0, text.length()) || isIpv6(text));
    }

    static boolean isIpv4(String text, int from, int to) {
        int parts = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '.') {
                if (!isIpv4Part(text, start, i) || ++parts > 4) {
                    return false;
                }
                start = i + 1;
            }
        }
        return parts == 4;
    }

    private static boolean isIpv4Part(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 3 || (length > 1 && text.charAt(from) == '0')) {
            return false;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255;
    }

    static boolean isIpv6(String text) {
        if (text.length() < 2 || text.length() > MAX_IPV6_CHARS) {
            return false;
        }
        int compressed = text.indexOf("::");
        if (compressed < 0) {
            return groups(text) == 8;
        }
        if (text.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        int head = groups(text.substring(0, compressed));
        int tail = groups(text.substring(compressed + 2));
        return head >= 0 && tail >= 0 && !(head > 0 && text.substring(0, compressed).indexOf('.') >= 0) && head + tail <= 7;
    }

    /** The 16-bit groups in colon-separated hex groups, the last of which may be IPv4; -1 when invalid. */
    private static int groups(String part) {
        if (part.isEmpty()) {
            return 0;
        }
        int count = 0;
        int start = 0;
        for (int i = 0; i <= part.length(); i++) {
            if (i < part.length() && part.charAt(i) != ':') {
                continue;
            }
            if (i == part.length() && part.indexOf('.', start) >= 0) {
                if (!isIpv4(part, start, i)) {
                    return -1;
                }
                count += 2;
            } else if (!isHexGroup(part, start, i)) {
                return -1;
            } else {
                count++;
            }
            start = i + 1;
        }
        return count;
    }

    private static boolean isHexGroup(String text, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
