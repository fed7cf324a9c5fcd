package io.vigil.app.demo;

import java.util.List;
import java.util.SplittableRandom;

/** One kind of activity in the demo's trail, generated a day at a time. */
interface TrailActivity {

    void generate(Day day, SplittableRandom random, List<TrailEvent> out);
}
