package io.vigil.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One day of the demo's 30 (index 0 is the oldest), UTC. */
record Day(int index, LocalDate date) {

    Instant start() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A time of the day; hours past 23 run into the next day. */
    Instant at(int hour, int minute, int second) {
        return start().plusSeconds(hour * 3600L + minute * 60L + second);
    }

    boolean workday() {
        return Rhythm.workday(date);
    }
}
