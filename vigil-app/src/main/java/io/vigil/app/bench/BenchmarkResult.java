package io.vigil.app.bench;

/** What a benchmark run prints, and whether the engine ended up as it should. */
public interface BenchmarkResult {

    String report();

    /** True when the engine holds exactly what the run sent (the figures mean nothing otherwise). */
    boolean passed();
}
