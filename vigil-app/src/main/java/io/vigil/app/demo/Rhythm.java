package io.vigil.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The daily and weekly rhythm of the activity: customer traffic through the day (Europe's and
 * America's afternoons are the busiest hours UTC), quieter weekends, and office days.
 */
final class Rhythm {

    /** Share of the busiest hour's traffic for each hour of the day, UTC. */
    private static final double[] TRAFFIC = {0.42, 0.36, 0.31, 0.28, 0.28, 0.32, 0.42, 0.56, 0.70, 0.80, 0.86, 0.90,
            0.95, 0.98, 1.00, 0.98, 0.97, 0.98, 0.96, 0.90, 0.80, 0.68, 0.58, 0.49};
    private static final double WEEKEND = 0.72;

    private Rhythm() {
    }

    static boolean workday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The traffic in this hour of this day, as a share of a weekday's busiest hour. */
    static double traffic(LocalDate date, int hour) {
        return TRAFFIC[hour] * (workday(date) ? 1.0 : WEEKEND);
    }

    /** A Poisson-distributed count with this mean: how many calls fall into one hour. */
    static int poisson(SplittableRandom random, double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
