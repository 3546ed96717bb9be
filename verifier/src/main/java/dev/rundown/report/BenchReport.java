package dev.rundown.report;

import dev.rundown.engine.Stats;
import java.util.List;

/**
 * A benchmark for publishers: the model file and name, the kind whose bound varies, and one row per run.
 * Immutable.
 */
public record BenchReport(String file, String model, String kind, List<Row> rows) {
  public BenchReport {
    rows = List.copyOf(rows);
  }

  /** One run: {@code n} instances, symmetry on or off, the engine's figures and the measured peak heap. */
  public record Row(int n, boolean symmetry, Stats stats, long peakHeapBytes) {
    public double statesPerSecond() {
      return stats.seconds() > 0 ? stats.states() / stats.seconds() : 0;
    }

    public double peakHeapMebibytes() {
      return peakHeapBytes / (1024.0 * 1024.0);
    }
  }
}
