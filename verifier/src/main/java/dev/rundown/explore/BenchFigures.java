package dev.rundown.explore;

/**
 * The figures of one benchmark run of the explicit engine: what was explored, how long it took and the peak
 * used heap seen. Immutable.
 */
public record BenchFigures(
    String model,
    String bounds,
    boolean symmetry,
    boolean exact,
    long states,
    long transitions,
    int depth,
    double seconds,
    double statesPerSecond,
    long peakHeapBytes,
    long maxHeapBytes,
    long collisions) {
  @Override
  public String toString() {
    return String.format(
        "%s %s symmetry=%s exact=%s: %,d states, %,d transitions, depth %d, %.2f s, %,.0f states/s, "
            + "peak heap %d MiB of %d MiB, %d collisions",
        model, bounds, symmetry ? "on" : "off", exact ? "on" : "off", states, transitions, depth, seconds,
        statesPerSecond, peakHeapBytes >> 20, maxHeapBytes >> 20, collisions);
  }
}
