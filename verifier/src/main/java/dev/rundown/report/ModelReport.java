package dev.rundown.report;

import dev.rundown.engine.Stats;
import dev.rundown.engine.StopReason;
import dev.rundown.ir.Bounds;
import java.util.List;
import java.util.Optional;

/**
 * One model's run: its file (display path), name, bounds, engine and symmetry setting, the run's figures, the
 * budget that stopped it early if any, and one report per property in declaration order. Immutable.
 */
public record ModelReport(
    String file,
    String model,
    Bounds bounds,
    String engine,
    boolean symmetry,
    Stats stats,
    Optional<StopReason> stopped,
    List<PropertyReport> properties) {
  public ModelReport {
    properties = List.copyOf(properties);
  }
}
