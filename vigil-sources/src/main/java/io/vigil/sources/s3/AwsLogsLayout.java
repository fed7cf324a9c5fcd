package io.vigil.sources.s3;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where AWS services deliver logs in S3: {@code [prefix/]AWSLogs/[o-org-id/]<account>/<service>/<region>/YYYY/MM/DD/<file>},
 * the organization id being present for organization trails. Tells which folders can hold log files of
 * the wanted services and days, so that a listing descends only into those, and which keys are such
 * files and of which day. Folders before {@code AWSLogs/} (a trail's own key prefix) may be anything.
 */
public final class AwsLogsLayout {

    /** CloudTrail log files and CloudTrail Insights events; digest files ({@code CloudTrail-Digest}) are left out. */
    public static final AwsLogsLayout CLOUDTRAIL = new AwsLogsLayout(List.of("CloudTrail", "CloudTrail-Insight"));

    /** GuardDuty findings exported to S3 (JSON lines, gzip, usually KMS-encrypted: S3 decrypts on read). */
    public static final AwsLogsLayout GUARDDUTY = new AwsLogsLayout(List.of("GuardDuty"));

    private static final String ROOT = "AWSLogs/";
    private static final String ORGANIZATION = "(?:o-[a-z0-9]{10,32}/)?";
    private static final String ACCOUNT = "\\d{12}/";
    private static final String REGION = "[a-z0-9-]+/";

    private final Pattern folder;
    private final Pattern file;

    public AwsLogsLayout(List<String> services) {
        String service = services.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")/"));
        // every level below AWSLogs/ is optional from the right: a folder may stop at any depth
        this.folder = Pattern.compile(ORGANIZATION + "(?:" + ACCOUNT + "(?:" + service + "(?:" + REGION
                + "(?:(\\d{4})/(?:(\\d{2})/(?:(\\d{2})/)?)?)?)?)?)?");
        this.file = Pattern.compile(ORGANIZATION + ACCOUNT + service + REGION + "(\\d{4})/(\\d{2})/(\\d{2})/[^/]+");
    }

    /**
     * Whether listing the folder (a prefix ending in {@code /}) may find log files of the range: false
     * for other services' folders, digest folders, and years, months or days outside the range.
     */
    public boolean mayHold(String folderPrefix, DateRange range) {
        Optional<String> below = belowRoot(folderPrefix);
        if (below.isEmpty()) {
            return true;
        }
        Matcher m = folder.matcher(below.get());
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) == null) {
            return true;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return range.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        Optional<LocalDate> first = date(year, m.group(2), "01");
        if (first.isEmpty()) {
            return false;
        }
        if (m.group(3) == null) {
            return range.overlaps(first.get(), YearMonth.from(first.get()).atEndOfMonth());
        }
        return date(year, m.group(2), m.group(3)).filter(range::contains).isPresent();
    }

    /** The delivery day of a log file of this layout, or empty for any other key. */
    public Optional<LocalDate> logDay(String key) {
        Optional<String> below = belowRoot(key);
        if (below.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = file.matcher(below.get());
        return m.matches() ? date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)) : Optional.empty();
    }

    /** What follows the last {@code AWSLogs/} folder of the path, or empty when there is none. */
    private static Optional<String> belowRoot(String path) {
        int at = path.lastIndexOf(ROOT);
        while (at > 0 && path.charAt(at - 1) != '/') {
            at = path.lastIndexOf(ROOT, at - 1);
        }
        return at < 0 ? Optional.empty() : Optional.of(path.substring(at + ROOT.length()));
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
