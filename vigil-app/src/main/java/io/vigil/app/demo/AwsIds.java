package io.vigil.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Identifiers in the forms AWS gives them: event ids (version 4 UUIDs), instance ids, principal ids,
 * access key ids. Random ones come from the demo's seeded random; named ones (an instance, a user)
 * are derived from the name, so they are the same in every demo. Access key ids end in
 * {@code EXAMPLE}, as in AWS's own documentation.
 */
final class AwsIds {

    private static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private AwsIds() {
    }

    /** A version 4 UUID from the seeded random. */
    static String uuid(SplittableRandom random) {
        long high = random.nextLong() & 0xffff_ffff_ffff_0fffL | 0x0000_0000_0000_4000L;
        long low = random.nextLong() & 0x3fff_ffff_ffff_ffffL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** {@code digits} lower-case hex digits from the seeded random. */
    static String hex(SplittableRandom random, int digits) {
        StringBuilder hex = new StringBuilder(digits);
        while (hex.length() < digits) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    /** {@code length} letters and digits from the seeded random (CloudTrail's file name suffix). */
    static String alphanumeric(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    /** {@code digits} hex digits derived from a name: the same name gives the same digits. */
    static String hexOf(String name, int digits) {
        StringBuilder hex = new StringBuilder(digits);
        for (int round = 0; hex.length() < digits; round++) {
            hex.append(UUID.nameUUIDFromBytes((round + "/" + name).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", ""));
        }
        return hex.substring(0, digits);
    }

    /** The EC2 instance id of a named instance. */
    static String instanceId(String name) {
        return "i-0" + hexOf("instance/" + name, 16);
    }

    /** A principal id ({@code AIDA...} for users, {@code AROA...} for roles) derived from a name. */
    static String principalId(String prefix, String name) {
        return prefix + upper(hexOf("principal/" + name, 34), 17);
    }

    /** A long-term access key id ({@code AKIA...}) derived from its user's name. */
    static String accessKey(String name) {
        return "AKIA" + upper(hexOf("key/" + name, 18), 9) + "EXAMPLE";
    }

    /** A temporary access key id ({@code ASIA...}) of one session. */
    static String sessionKey(SplittableRandom random) {
        return "ASIA" + upper(hex(random, 18), 9) + "EXAMPLE";
    }

    /** Hex digits recoded as upper-case base-32 characters, as AWS's ids look. */
    private static String upper(String hex, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i += 2) {
            int value = Integer.parseInt(hex.substring(i, i + 2), 16);
            text.append(UPPER_ALPHANUMERIC.charAt(value % UPPER_ALPHANUMERIC.length()));
        }
        return text.toString();
    }
}
