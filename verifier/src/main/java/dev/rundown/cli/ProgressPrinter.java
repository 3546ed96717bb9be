package dev.rundown.cli;

import dev.rundown.engine.Progress;
import dev.rundown.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints an engine's progress samples as lines on stderr, at most about one a second. Not thread-safe: one per
 * model run, called from the engine's thread.
 */
final class ProgressPrinter implements ProgressListener {
  private final PrintWriter err;
  private final String model;
  private double lastPrinted = Double.NEGATIVE_INFINITY;

  ProgressPrinter(PrintWriter err, String model) {
    this.err = err;
    this.model = model;
  }

  @Override
  public void onProgress(Progress p) {
    if (p.seconds() - lastPrinted < 0.9) {
      return;
    }
    lastPrinted = p.seconds();
    err.printf(
        Locale.ROOT,
        "progress %s: %,d states (%,.0f/s), frontier %,d, depth %d, heap %,d MiB, %.0f s%n",
        model,
        p.states(),
        p.statesPerSecond(),
        p.frontier(),
        p.depth(),
        p.usedHeapBytes() >> 20,
        p.seconds());
    err.flush();
  }
}
