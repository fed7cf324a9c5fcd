package io.vigil.app.demo;

import java.util.SplittableRandom;

/**
 * The demo's randoms, each derived from the seed and the part of the demo it serves, so that one
 * part drawing more or less never changes another: the same seed gives the same files.
 */
final class Seeds {

    static final int NAMES = 0;
    static final int VULNERABILITIES = 1;
    static final int THREATS = 2;
    static final int DELIVERY = 3;

    private Seeds() {
    }

    /** The random of one part of the demo as a whole. */
    static SplittableRandom of(long seed, int part) {
        return of(seed, -1, part);
    }

    /** The random of one part of one day of the demo. */
    static SplittableRandom of(long seed, int day, int part) {
        return new SplittableRandom(seed ^ 0x9E37_79B9_7F4A_7C15L * (day * 64L + part + 65));
    }
}
