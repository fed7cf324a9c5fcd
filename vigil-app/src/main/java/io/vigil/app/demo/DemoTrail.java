package io.vigil.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's CloudTrail records, a day at a time: machines, people, deployments and the stories.
 * Each activity of each day draws from its own random, derived from the seed, the day and the
 * activity, so the same seed gives the same records.
 */
final class DemoTrail {

    private final long seed;
    private final Instant start;
    private final Instant end;
    private final List<TrailActivity> activities = List.of(new Workloads(), new People(), new Deployments(),
            new TrailStories());

    /** The records of the days from {@code start} (a midnight, UTC) to {@code end}. */
    DemoTrail(long seed, Instant start, Instant end) {
        this.seed = seed;
        this.start = start;
        this.end = end;
    }

    /** The records of day {@code index} (0 is the oldest); work that runs past midnight belongs to the day it began. */
    List<TrailEvent> day(int index) {
        Day day = new Day(index, LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(index));
        List<TrailEvent> events = new ArrayList<>();
        for (int activity = 0; activity < activities.size(); activity++) {
            activities.get(activity).generate(day, Seeds.of(seed, index, activity), events);
        }
        events.removeIf(event -> event.time().isBefore(start) || !event.time().isBefore(end));
        return events;
    }
}
