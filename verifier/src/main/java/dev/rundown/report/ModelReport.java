package dev.rundown.report;

import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.Stats;
import dev.rundown.engine.StopReason;
import dev.rundown.ir.Bounds;
import java.util.List;
import java.util.Optional;

/**
 * One model's run: its file (display path), name, bounds, engine and symmetry setting, the run's figures, the
 * budget that stopped it early if any, one report per property in declaration order, and how far a second
 * engine confirmed it ({@code --engine both}). Immutable.
 */
public record ModelReport(
    String file,
    String model,
    Bounds bounds,
    String engine,
    boolean symmetry,
    Stats stats,
    Optional<StopReason> stopped,
    List<PropertyReport> properties,
    Optional<CrossCheck> crossCheck) {
  public ModelReport {
    properties = List.copyOf(properties);
  }

  /** A run no second engine checked. */
  public ModelReport(String file, String model, Bounds bounds, String engine, boolean symmetry, Stats stats,
      Optional<StopReason> stopped, List<PropertyReport> properties) {
    this(file, model, bounds, engine, symmetry, stats, stopped, properties, Optional.empty());
  }
}
