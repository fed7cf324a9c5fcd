package io.vigil.sources.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of an ARN ({@code arn:partition:service:region:account:resource}) a finding's place is
 * read from, each {@code null} when empty or not of its kind.
 *
 * <p>{@link #canonical} repairs one malformed form: an empty field before the service,
 * {@code arn:aws::guardduty:...}, as in the GuardDuty user guide's sample Security Hub finding (later
 * versions of the same guide write {@code arn:aws:guardduty:...}). No real ARN has an empty service,
 * so removing the empty field changes no valid ARN, and an ARN written either way names the same thing.
 */
public record Arn(String service, String region, String account) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,64}");

    /** The parts of the ARN; empty when the text is not one. */
    public static Optional<Arn> parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new Arn(parts[2].isEmpty() ? null : parts[2],
                isRegion(parts[3]) ? parts[3] : null,
                ACCOUNT.matcher(parts[4]).matches() ? parts[4] : null));
    }

    /** The region the ARN names; {@code null} when it names none ({@code arn:aws:s3:::bucket}) or is no ARN. */
    public static String regionOf(String text) {
        return parse(text).map(Arn::region).orElse(null);
    }

    /** The ARN in its canonical form; any other text as it is. */
    public static String canonical(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return text;
        }
        // arn : partition : (empty) : service : region : account : resource
        String[] parts = text.split(":", 7);
        if (parts.length == 7 && parts[2].isEmpty() && SERVICE.matcher(parts[3]).matches()) {
            return "arn:" + parts[1] + text.substring(4 + parts[1].length() + 1);
        }
        return text;
    }

    /** Whether the text names an AWS region ({@code us-east-1}, {@code us-gov-west-1}), not {@code N/A}. */
    public static boolean isRegion(String text) {
        return text != null && text.length() <= 32 && REGION.matcher(text).matches();
    }
}
