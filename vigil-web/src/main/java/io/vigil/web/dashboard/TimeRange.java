package io.vigil.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a dashboard shows, resolved on the server to two instants. Ends are {@code now},
 * {@code now-<n><m|h|d|w>} (e.g. {@code now-24h}) or an ISO-8601 instant
 * ({@code 2026-11-01T00:00:00Z}).
 */
public record TimeRange(Instant from, Instant to) {

    /** The longest range shown: ten years, 122 buckets of 30 days. */
    static final Duration LONGEST = Duration.ofDays(3660);
    private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d{1,5})([mhdw]))?");
    /** Histogram intervals, finest first; the first that gives at most {@link #MAX_BUCKETS} is taken. */
    private static final List<Interval> INTERVALS = List.of(
            new Interval("1m", Duration.ofMinutes(1)), new Interval("5m", Duration.ofMinutes(5)),
            new Interval("10m", Duration.ofMinutes(10)), new Interval("30m", Duration.ofMinutes(30)),
            new Interval("1h", Duration.ofHours(1)), new Interval("3h", Duration.ofHours(3)),
            new Interval("6h", Duration.ofHours(6)), new Interval("12h", Duration.ofHours(12)),
            new Interval("1d", Duration.ofDays(1)), new Interval("7d", Duration.ofDays(7)),
            new Interval("30d", Duration.ofDays(30)));
    private static final int MAX_BUCKETS = 100;

    /** A histogram interval: as the engines write it ({@code fixed_interval}) and its length. */
    public record Interval(String expression, Duration length) {
    }

    public TimeRange {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the time range must start before it ends: from " + from + " to " + to);
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("the time range from " + from + " to " + to
                    + " is longer than " + LONGEST.toDays() + " days; choose a shorter one");
        }
    }

    /**
     * @param from {@code now-...} or an instant
     * @param to   {@code now}, {@code now-...} or an instant
     * @throws IllegalArgumentException saying which end is wrong and what is expected
     */
    public static TimeRange parse(String from, String to, Instant now) {
        return new TimeRange(end("from", from, now), end("to", to, now));
    }

    /** How far back a relative start such as {@code now-24h} reaches. */
    public static Duration relative(String expression) {
        Matcher matcher = RELATIVE.matcher(expression);
        if (!matcher.matches() || matcher.group(1) == null) {
            throw new IllegalArgumentException("'" + expression + "' is not a relative time such as now-24h");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(amount * 7);
        };
    }

    /** The interval of a date histogram over this range: at most 100 buckets, as fine as that allows. */
    public Interval interval() {
        Duration span = Duration.between(from, to);
        return INTERVALS.stream().filter(i -> span.dividedBy(i.length()) < MAX_BUCKETS).findFirst()
                .orElse(INTERVALS.get(INTERVALS.size() - 1));
    }

    private static Instant end(String name, String text, Instant now) {
        try {
            return text.equals("now") ? now : text.startsWith("now") ? now.minus(relative(text)) : Instant.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is '" + text + "': expected now, now-<number><m|h|d|w>"
                    + " such as now-24h, or an instant such as 2026-11-01T00:00:00Z");
        }
    }
}
