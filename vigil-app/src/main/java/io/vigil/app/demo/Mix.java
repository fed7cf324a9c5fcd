package io.vigil.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A weighted choice among values: each is picked in proportion to its weight. */
final class Mix<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Mix<T> add(T value, double weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight of " + value + " must be positive, is " + weight);
        }
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(SplittableRandom random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (point < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
