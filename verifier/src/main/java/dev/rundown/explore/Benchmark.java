package dev.rundown.explore;

import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;

/**
 * Measures the explicit engine on one model: runs a full check (exploration, trace rebuilding and
 * validation) with no budget and reports the figures. Stateless; for a {@code bench} command, never a test.
 */
public final class Benchmark {
  private Benchmark() {}

  /** One measured run of {@code model} at {@code bounds}. */
  public static BenchFigures run(
      Model model, Bounds bounds, boolean symmetry, boolean exact, ProgressListener progress) {
    EngineResult r = new ExplicitEngine()
        .check(new CheckRequest(model, bounds, symmetry, exact, Budget.UNLIMITED), progress);
    double seconds = r.stats().seconds();
    return new BenchFigures(model.name(), bounds.counts().toString(), symmetry, exact, r.stats().states(),
        r.stats().transitions(), r.stats().depth(), seconds, r.stats().states() / Math.max(seconds, 1e-9),
        r.stats().peakHeapBytes(), Runtime.getRuntime().maxMemory(), r.stats().collisions());
  }
}
